using SampleServer.Faults;
using SampleServer.Health;
using SampleServer.Hosting;
using SampleServer.SampleData;
using SampleServer.Uploads;
using SampleServer.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.ConfigureSampleHost();
builder.Services.AddSampleServer(builder.Configuration);

var app = builder.Build();
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<FaultInjectionMiddleware>();

app.MapHealth();
app.MapSampleData();
app.MapUploads();
app.MapRollback();
app.MapWebhooks();
app.MapFaults();

app.Run();

/// <summary>Entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
