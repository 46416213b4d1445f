using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using SampleServer.Hosting;

namespace SampleServer.Tests;

public sealed class HostingTests
{
    [Fact]
    public void the_server_listens_on_127_0_0_1_port_5081_when_no_url_is_configured()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        builder.ConfigureSampleHost();

        builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey).ShouldBe("http://127.0.0.1:5081");
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:6000")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:6001")]
    public void a_configured_url_or_port_wins_over_the_default(string key, string value)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration[key] = value;

        builder.ConfigureSampleHost();

        builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey).ShouldNotBe("http://127.0.0.1:5081");
    }
}
