using FileSaga.Host;
using JasperFx;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddFileSagaLogging();
builder.AddFileSagaPersistenceAndMessaging();
builder.AddFileSagaApi();

var app = builder.Build();
app.MapFileSagaApi();
return await app.RunJasperFxCommands(args);

/// <summary>Visible to the test host.</summary>
public partial class Program;
