namespace RaQuan.Building;

/// <summary>The named stages of a build, in order; every error is tagged with the stage that found it.</summary>
public enum BuildStage
{
    Load,
    Assemble,
    Render,
    Write,
}
