using System.Buffers.Binary;
using SkiaSharp;

namespace Activations.Samples.Tests;

/// <summary>Checks that a written picture is a real, non-trivial image.</summary>
public static class PictureAssert
{
    /// <summary>An opaque PNG of at least the given size whose pixels are not (nearly) all one colour.</summary>
    public static void IsNonTrivialPng(string path, int minimumWidth = 800, int minimumHeight = 500)
    {
        Assert.True(File.Exists(path), path + " was not written");
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 20_000, $"{path} is only {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);

        // IHDR: width and height, big-endian, at bytes 16 and 20.
        int width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        int height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        Assert.True(width >= minimumWidth && height >= minimumHeight, $"{path} is {width}×{height}");

        using SKBitmap bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        var colours = new HashSet<uint>();
        long inked = 0;
        long transparent = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor pixel = bitmap.GetPixel(x, y);
                colours.Add((uint)pixel);
                inked += pixel.Red < 200 || pixel.Green < 200 || pixel.Blue < 200 ? 1 : 0;
                transparent += pixel.Alpha < 255 ? 1 : 0;
            }
        }

        long sampled = (long)((bitmap.Width + 1) / 2) * ((bitmap.Height + 1) / 2);
        Assert.True(colours.Count > 50, $"{path} has only {colours.Count} colours");
        Assert.True(inked > sampled / 50, $"{path} is nearly blank: {inked} of {sampled} sampled pixels drawn");

        // Opaque everywhere: a transparent patch shows black (or the page colour) in many viewers.
        Assert.True(transparent == 0, $"{path} has {transparent} transparent sampled pixels");
    }

    /// <summary>An SVG document with lines and text in it.</summary>
    public static void IsNonTrivialSvg(string path)
    {
        Assert.True(File.Exists(path), path + " was not written");
        string text = File.ReadAllText(path);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.True(text.Length > 8_000, $"{path} is only {text.Length} characters");
        Assert.Contains("<path", text, StringComparison.Ordinal);
        Assert.Contains("<text", text, StringComparison.Ordinal);
    }
}
