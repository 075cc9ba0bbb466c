namespace RaQuan.Images;

/// <summary>Why a photo was refused.</summary>
internal enum ImageProblem
{
    /// <summary>More bytes than <see cref="ImageSettings.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>More pixels than <see cref="ImageSettings.MaxPixels"/> (a decompression bomb among them).</summary>
    TooManyPixels,

    /// <summary>HEIC/HEIF that the image library cannot decode.</summary>
    Heic,

    /// <summary>Not JPEG, PNG or WebP.</summary>
    UnknownFormat,

    /// <summary>Corrupt or truncated: the decoder failed.</summary>
    Corrupt,

    /// <summary>The image library (libvips) could not be loaded: no photo can be processed.</summary>
    NoLibrary,
}
