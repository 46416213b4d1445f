using System.Diagnostics;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace FileSaga.IntegrationTests.Infrastructure;

/// <summary>
/// Finds a PostgreSQL for the tests the same way the scripts do: FILESAGA_TEST_DB, else a container
/// when a Docker engine answers, else the repository's local test cluster (scripts/postgres.sh up --test).
/// Each test run gets a fresh database of its own on that server, dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnection;
    private readonly PostgreSqlContainer? _container;

    private TestDatabase(string serverConnection, PostgreSqlContainer? container, string name)
    {
        _serverConnection = serverConnection;
        _container = container;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name, MaxPoolSize = 50 }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var (server, container) = await FindServerAsync();
        var name = $"filesaga_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(1000, 9999)}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new TestDatabase(server, container, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_serverConnection))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists {Name} with (force)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static async Task<(string Server, PostgreSqlContainer? Container)> FindServerAsync()
    {
        if (Environment.GetEnvironmentVariable("FILESAGA_TEST_DB") is { Length: > 0 } given)
        {
            return (given, null);
        }

        var container = await TryContainerAsync();
        if (container is not null)
        {
            return (container.GetConnectionString(), container);
        }

        return (await StartLocalClusterAsync(), null);
    }

    private static async Task<PostgreSqlContainer?> TryContainerAsync()
    {
        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return container;
        }
        catch (Exception e) when (e is DockerUnavailableException or InvalidOperationException or TimeoutException)
        {
            return null;
        }
    }

    private static async Task<string> StartLocalClusterAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script, "up", "--test"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run scripts/postgres.sh");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set FILESAGA_TEST_DB, start a Docker engine, or install PostgreSQL. scripts/postgres.sh said: {errors}");
        }

        return output.Trim();
    }

    /// <summary>A new folder for one test run's files, under the repository's git-ignored <c>.filesaga/</c>, owned by whoever runs the tests.</summary>
    public static string TestDataFolder(string purpose) =>
        Path.Combine(RepositoryRoot(), ".filesaga", "test-data", $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 9)]);

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FileSaga.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (FileSaga.sln) above " + AppContext.BaseDirectory);
    }
}
