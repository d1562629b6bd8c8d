using System.IO;

namespace DraftingKit.Security;

/// <summary>
/// Reads another stream and stops with <see cref="InputLimitExceededException"/> once more than a given number of
/// bytes has come out of it: a compressed part cannot grow past its limit, whatever size its header declares.
/// </summary>
internal sealed class BoundedStream : Stream
{
    private readonly Stream inner;
    private readonly long limit;

    public BoundedStream(Stream inner, long limit)
    {
        this.inner = inner;
        this.limit = limit;
    }

    /// <summary>The bytes read so far.</summary>
    public long Count { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Count += read;
        if (Count > limit)
        {
            throw new InputLimitExceededException(Count);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>A <see cref="BoundedStream"/> went past its limit.</summary>
internal sealed class InputLimitExceededException : IOException
{
    public InputLimitExceededException(long count)
        : base("more than the limit was read (" + count + " bytes)") => Count = count;

    /// <summary>The bytes read when the limit was passed.</summary>
    public long Count { get; }
}
