namespace RaQuan.Documents;

/// <summary>The text layer of a PDF, rebuilt into the lines and columns of its pages.</summary>
public static class PdfDocumentText
{
    public static DocumentText Read(string path) => throw new InvalidDataException($"{path}: PDF is not read yet");
}
