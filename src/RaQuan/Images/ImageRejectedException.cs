namespace RaQuan.Images;

/// <summary>A photo that cannot be published; the wording is <c>ContentErrors.RejectedPhoto</c>'s.</summary>
/// <param name="detail">Figures or the library's own words, for the message.</param>
internal sealed class ImageRejectedException(ImageProblem problem, string detail) : Exception($"{problem}: {detail}")
{
    public ImageProblem Problem { get; } = problem;
    public string Detail { get; } = detail;
}
