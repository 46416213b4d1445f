using System.Text.Json;

namespace SampleServer.SampleData;

public sealed record Post(int UserId, int Id, string Title, string Body);

public sealed record Album(int UserId, int Id, string Title);

public sealed record User(int Id, string Name, string Username, string Email, Address Address, string Phone, string Website, Company Company);

public sealed record Address(string Street, string Suite, string City, string Zipcode, Geo Geo);

public sealed record Geo(string Lat, string Lng);

public sealed record Company(string Name, string CatchPhrase, string Bs);

/// <summary>JSONPlaceholder-shaped data: 100 posts, 10 users, 100 albums, with its camelCase field names.</summary>
public static class JsonPlaceholder
{
    /// <summary>JSONPlaceholder's own naming (<c>userId</c>), unlike the service's snake_case envelope.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<Post> Posts { get; } = Enumerable.Range(1, 100)
        .Select(id => new Post(((id - 1) / 10) + 1, id, Lorem.Words(id, 4 + (id % 5)), Lorem.Lines(id, 4, 8)))
        .ToArray();

    public static IReadOnlyList<Album> Albums { get; } = Enumerable.Range(1, 100)
        .Select(id => new Album(((id - 1) / 10) + 1, id, Lorem.Words(1000 + id, 3 + (id % 4))))
        .ToArray();

    public static IReadOnlyList<User> Users { get; } =
    [
        Person(1, "Leanne Graham", "Bret", "Sincere@april.biz", "Kulas Light", "Apt. 556", "Gwenborough", "92998-3874", "-37.3159", "81.1496", "1-770-736-8031 x56442", "hildegard.org", "Romaguera-Crona", "Multi-layered client-server neural-net", "harness real-time e-markets"),
        Person(2, "Ervin Howell", "Antonette", "Shanna@melissa.tv", "Victor Plains", "Suite 879", "Wisokyburgh", "90566-7771", "-43.9509", "-34.4618", "010-692-6593 x09125", "anastasia.net", "Deckow-Crist", "Proactive didactic contingency", "synergize scalable supply-chains"),
        Person(3, "Clementine Bauch", "Samantha", "Nathan@yesenia.net", "Douglas Extension", "Suite 847", "McKenziehaven", "59590-4157", "-68.6102", "-47.0653", "1-463-123-4447", "ramiro.info", "Romaguera-Jacobson", "Face to face bifurcated interface", "e-enable strategic applications"),
        Person(4, "Patricia Lebsack", "Karianne", "Julianne.OConner@kory.org", "Hoeger Mall", "Apt. 692", "South Elvis", "53919-4257", "29.4572", "-164.2990", "493-170-9623 x156", "kale.biz", "Robel-Corkery", "Multi-tiered zero tolerance productivity", "transition cutting-edge web services"),
        Person(5, "Chelsey Dietrich", "Kamren", "Lucio_Hettinger@annie.ca", "Skiles Walks", "Suite 351", "Roscoeview", "33263", "-31.8129", "62.5342", "(254)954-1289", "demarco.info", "Keebler LLC", "User-centric fault-tolerant solution", "revolutionize end-to-end systems"),
        Person(6, "Mrs. Dennis Schulist", "Leopoldo_Corkery", "Karley_Dach@jasper.info", "Norberto Crossing", "Apt. 950", "South Christy", "23505-1337", "-71.4197", "71.7478", "1-477-935-8478 x6430", "ola.org", "Considine-Lockman", "Synchronised bottom-line interface", "e-enable innovative applications"),
        Person(7, "Kurtis Weissnat", "Elwyn.Skiles", "Telly.Hoeger@billy.biz", "Rex Trail", "Suite 280", "Howemouth", "58804-1099", "24.8918", "21.8984", "210.067.6132", "elvis.io", "Johns Group", "Configurable multimedia task-force", "generate enterprise e-tailers"),
        Person(8, "Nicholas Runolfsdottir V", "Maxime_Nienow", "Sherwood@rosamond.me", "Ellsworth Summit", "Suite 729", "Aliyaview", "45169", "-14.3990", "-120.7677", "586.493.6943 x140", "jacynthe.com", "Abernathy Group", "Implemented secondary concept", "e-enable extensible e-tailers"),
        Person(9, "Glenna Reichert", "Delphine", "Chaim_McDermott@dana.io", "Dayna Park", "Suite 449", "Bartholomebury", "76495-3109", "24.6463", "-168.8889", "(775)976-6794 x41206", "conrad.com", "Yost and Sons", "Switchable contextually-based project", "aggregate real-time technologies"),
        Person(10, "Clementina DuBuque", "Moriah.Stanton", "Rey.Padberg@karina.biz", "Kattie Turnpike", "Suite 198", "Lebsackbury", "31428-2261", "-38.2386", "57.2232", "024-648-3804", "ambrose.net", "Hoeger LLC", "Centralized empowering task-force", "target end-to-end models"),
    ];

    public static byte[] PostsJson { get; } = JsonSerializer.SerializeToUtf8Bytes(Posts, Options);

    public static byte[] UsersJson { get; } = JsonSerializer.SerializeToUtf8Bytes(Users, Options);

    public static byte[] AlbumsJson { get; } = JsonSerializer.SerializeToUtf8Bytes(Albums, Options);

    private static User Person(int id, string name, string username, string email, string street, string suite, string city,
        string zipcode, string lat, string lng, string phone, string website, string company, string catchPhrase, string bs) =>
        new(id, name, username, email, new Address(street, suite, city, zipcode, new Geo(lat, lng)), phone, website,
            new Company(company, catchPhrase, bs));
}
