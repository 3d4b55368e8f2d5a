global using Registry.Domain.Appointments;
global using Registry.Domain.Committees;
global using Registry.Domain.Mediators;
global using Registry.Domain.Regions;
