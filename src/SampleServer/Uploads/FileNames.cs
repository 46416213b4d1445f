namespace SampleServer.Uploads;

/// <summary>Client file names are metadata only; this keeps them printable and free of directories.</summary>
public static class FileNames
{
    public const string Fallback = "upload.bin";
    private const int MaxLength = 255;

    public static string Sanitise(string? clientName)
    {
        if (string.IsNullOrWhiteSpace(clientName))
        {
            return Fallback;
        }

        var lastSegment = clientName.Replace('\\', '/').Split('/').Last();
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string(lastSegment.Where(c => !char.IsControl(c) && !invalid.Contains(c)).ToArray()).Trim();
        if (cleaned.Trim('.').Length == 0)
        {
            return Fallback;
        }

        return cleaned.Length <= MaxLength ? cleaned : cleaned[..MaxLength];
    }
}
