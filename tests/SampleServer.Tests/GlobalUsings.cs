global using System.Net;
global using System.Text.Json;
global using SampleServer.Tests.Infrastructure;
global using Shouldly;
global using Xunit;
