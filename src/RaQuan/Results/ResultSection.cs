using RaQuan.Rendering.Caching;
using RaQuan.Rendering;

namespace RaQuan.Results;

/// <summary>/ket-qua/: the index of result tables, a page per table, and each table's open data.</summary>
internal static class ResultSection
{
    public static async Task RenderAsync(RenderContext context)
    {
        if (context.Site.Results.Count == 0)
        {
            return;
        }

        await context.WritePageAsync(context.Pages.ResultList());
        foreach (var table in context.Site.Results)
        {
            await context.WritePageAsync(context.Pages.Result(table, ResultChart.Draw(table)));
            if (OutputTable.Has(PageKind.Result, OutputFormat.Csv))
            {
                context.WriteOutput(context.Urls.ResultData(table, OutputFormat.Csv), new OutputInputs { Results = [table] }, () => ResultCsvWriter.Write(table));
            }

            if (OutputTable.Has(PageKind.Result, OutputFormat.Json))
            {
                context.WriteOutput(context.Urls.ResultData(table, OutputFormat.Json), new OutputInputs { Results = [table] },
                    () => ResultJson.Write(table, context.Urls));
            }
        }
    }
}
