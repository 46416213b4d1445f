global using FileSaga.Domain.Jobs;
global using FileSaga.Domain.Plans;
global using Shouldly;
global using Xunit;
