using System;
using System.Text;

namespace Activations.Generator.Emit;

/// <summary>A minimal indented text writer for generated C#.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder text = new();
    private int depth;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4).Append(line);
        }

        text.Append('\n');
        return this;
    }

    /// <summary>Writes "{", indents, and returns a scope that writes the matching "}" when disposed.</summary>
    public Scope Block(string? header = null, string closing = "}")
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        depth++;
        return new Scope(this, closing);
    }

    public void Indent() => depth++;

    public void Outdent() => depth--;

    /// <summary>Writes a <c>///</c> comment, one line per line of <paramref name="xml"/>.</summary>
    public SourceWriter Doc(string xml)
    {
        foreach (string line in xml.Split('\n'))
        {
            Line("/// " + line);
        }

        return this;
    }

    public override string ToString() => text.ToString();

    public readonly struct Scope : IDisposable
    {
        private readonly SourceWriter writer;
        private readonly string closing;

        public Scope(SourceWriter writer, string closing)
        {
            this.writer = writer;
            this.closing = closing;
        }

        public void Dispose()
        {
            writer.depth--;
            writer.Line(closing);
        }
    }
}
