global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Registry.Domain.Appointments;
global using Registry.Domain.BrandStudios;
global using Registry.Domain.Committees;
global using Registry.Domain.ExpertPools;
global using Registry.Domain.Mediators;
global using Registry.Domain.Regions;
