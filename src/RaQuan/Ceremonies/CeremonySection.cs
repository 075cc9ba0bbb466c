using RaQuan.Rendering.Caching;
using RaQuan.Rendering;

namespace RaQuan.Ceremonies;

/// <summary>The schedule, a page per ceremony, the calendars the output table asks for, and the schedule API.</summary>
internal static class CeremonySection
{
    public static async Task RenderAsync(RenderContext context)
    {
        var site = context.Site;
        var urls = context.Urls;
        var calendars = new CalendarWriter(site.Config, c => urls.Absolute(urls.Ceremony(c)));
        await context.WritePageAsync(context.Pages.Schedule());
        foreach (var ceremony in site.Ceremonies)
        {
            await context.WritePageAsync(context.Pages.Ceremony(ceremony), ceremony.Plan?.ListingDate);
            if (OutputTable.Has(PageKind.Ceremony, OutputFormat.ICalendar))
            {
                context.WriteOutput(urls.CeremonyCalendar(ceremony), new OutputInputs { Ceremonies = [ceremony] },
                    () => calendars.Write(ceremony.Title, [ceremony]));
            }
        }

        if (OutputTable.Has(PageKind.Home, OutputFormat.ICalendar))
        {
            context.WriteOutput(urls.SiteCalendar, new OutputInputs { Ceremonies = site.Ceremonies }, () => calendars.Write(site.Config.Title, site.Ceremonies));
        }

        if (OutputTable.Has(PageKind.Unit, OutputFormat.ICalendar))
        {
            foreach (var unit in site.AllUnits)
            {
                var own = site.CeremoniesByUnit.GetValueOrDefault(unit) ?? [];
                context.WriteOutput(urls.UnitCalendar(unit), new OutputInputs { Ceremonies = own },
                    () => calendars.Write($"{unit.Title} – {site.Config.Title}", own));
            }
        }

        context.WriteOutput(urls.ScheduleJson, new OutputInputs { Ceremonies = site.Ceremonies }, () => CeremonyJson.Api(site, urls));
    }
}
