namespace SampleServer.Tests;

public sealed class SampleDataTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task posts_are_100_jsonplaceholder_posts_with_its_camel_case_fields()
    {
        var posts = await (await server.Client.GetAsync("/sample-data/posts")).ShouldBeJsonAsync();

        posts.GetArrayLength().ShouldBe(100);
        foreach (var post in posts.EnumerateArray())
        {
            post.EnumerateObject().Select(p => p.Name).ShouldBe(["userId", "id", "title", "body"]);
            post.GetProperty("userId").GetInt32().ShouldBeInRange(1, 10);
            post.Str("title").ShouldNotBeNullOrWhiteSpace();
            post.Str("body").Split('\n').Length.ShouldBe(4);
        }

        posts.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe(Enumerable.Range(1, 100));
    }

    [Fact]
    public async Task users_are_10_people_with_address_geo_and_company()
    {
        var users = await (await server.Client.GetAsync("/sample-data/users")).ShouldBeJsonAsync();

        users.GetArrayLength().ShouldBe(10);
        var first = users[0];
        first.Str("name").ShouldBe("Leanne Graham");
        first.Str("username").ShouldBe("Bret");
        first.Str("email").ShouldContain('@');
        first.GetProperty("address").GetProperty("geo").Str("lat").ShouldBe("-37.3159");
        first.GetProperty("address").Str("zipcode").ShouldNotBeNullOrEmpty();
        first.GetProperty("company").Str("catchPhrase").ShouldNotBeNullOrEmpty();
        users.EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ShouldBe(Enumerable.Range(1, 10));
    }

    [Fact]
    public async Task albums_are_100_with_ten_per_user()
    {
        var albums = await (await server.Client.GetAsync("/sample-data/albums")).ShouldBeJsonAsync();

        albums.GetArrayLength().ShouldBe(100);
        albums.EnumerateArray().First().EnumerateObject().Select(p => p.Name).ShouldBe(["userId", "id", "title"]);
        albums.EnumerateArray().GroupBy(a => a.GetProperty("userId").GetInt32()).ShouldAllBe(g => g.Count() == 10);
    }

    [Theory]
    [InlineData("/sample-data/posts")]
    [InlineData("/sample-data/users")]
    [InlineData("/sample-data/albums")]
    public async Task sample_data_is_byte_identical_on_every_call(string route)
    {
        var first = await server.Client.GetByteArrayAsync(route);
        var second = await server.Client.GetByteArrayAsync(route);

        second.ShouldBe(first);
    }

    [Fact]
    public async Task sample_data_comes_from_fixed_rules_not_chance()
    {
        var posts = await (await server.Client.GetAsync("/sample-data/posts")).ShouldBeJsonAsync();

        // Pinned: a change here changes every consumer's expected data.
        posts[0].Str("title").ShouldBe("commodi odio labore esse quo");
        posts[99].GetProperty("userId").GetInt32().ShouldBe(10);
    }
}
