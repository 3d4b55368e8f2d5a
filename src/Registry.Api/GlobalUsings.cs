global using GraphQL;
global using GraphQL.Types;
global using Microsoft.EntityFrameworkCore;
global using Registry.Data;
global using Registry.Domain.Common;
