using RaQuan.Building;
using System.Security.Cryptography;
using RaQuan.Output;
using RaQuan.Pipeline;

namespace RaQuan.Tests.Building;

/// <summary>
/// <c>raquan build</c> with its cache (<c>._site.cache/</c> beside the output): after any edit it publishes exactly
/// what a clean build of the same content publishes, rewrites only the files whose bytes change, and never trusts a
/// cache or a published file that is not what it recorded.
/// </summary>
public sealed class IncrementalBuildCacheTests
{
    private const string CacheFolder = "._site.cache";

    [Fact]
    public void A_site_built_incrementally_through_a_series_of_edits_equals_a_clean_build_after_each()
    {
        using var site = ManyPlans();
        var first = Build(site);
        Assert.Equal(0, first.Reused);
        Assert.True(File.Exists(Path.Combine(site.Root, CacheFolder, BuildCacheFile.FileName)), "the build left no cache");

        (string Edit, Action Apply)[] steps =
        [
            ("a plan's body", () => site.Write(Plan(7, body: "Nội dung đã sửa."))),
            ("a plan's front matter", () => site.Write(Plan(8, title: "Kế hoạch đổi tên số 08"))),
            ("a new plan", () => site.Write(Plan(99, unit: "dak-r-lap"))),
            ("a deleted plan", () => File.Delete(Path.Combine(site.Content, "plans/p-05.md"))),
            ("a renamed file", () => File.Move(Path.Combine(site.Content, "plans/p-10.md"), Path.Combine(site.Content, "plans/p-10-moi.md"))),
            ("units.yml", () => AddCommune(site)),
            ("site.yml", () => site.Write("-- content/site.yml --\ntitle: \"Ra quân 2024 (sửa)\"\nbase_url: \"https://example.gov.vn/ra-quan-2024/\"\npublisher:\n  name: \"UBND tỉnh Kon Tum\"\nfeed:\n  items: 5\npaginate: 7\n")),
            ("a static file and a news post added", () => site.Write(StaticAndNews)),
            ("a static file and a news post removed", () => site.Write("-- content/static/huong-dan.txt --\n(deleted)\n-- content/news/hop-dan.md --\n(deleted)\n")),
            ("a plan's body again", () => site.Write(Plan(12, body: "Sửa lần nữa."))),
        ];
        foreach (var (edit, apply) in steps)
        {
            var before = Files(site.Output);
            apply();
            var run = Build(site);
            var clean = CleanBuild(site);

            Assert.True(Snapshot.Of(clean).SequenceEqual(Snapshot.Of(site.Output)), $"{edit}: the incremental build differs from a clean build");

            // rsync -a and object-store syncs compare size and time: a file whose bytes did not change keeps its time.
            var after = Files(site.Output);
            var touched = after.Where(f => before.TryGetValue(f.Key, out var old) && old.Hash == f.Value.Hash && old.Written != f.Value.Written)
                .Select(f => f.Key).ToList();
            Assert.True(touched.Count == 0, $"{edit}: unchanged files got a new time: {string.Join(", ", touched)}");

            // A file outside plans/ is in the site stamp, which every page's key holds: those edits render every page.
            Assert.True(run.Reused > 0 == !SiteStampSteps.Contains(edit), $"{edit}: reused {run.Reused} files");

            // The replaced site is kept for the next build to stage into.
            Assert.Equal(before, Files(PreviousSite.FolderOf(site.Output)));
        }

        // One plan's body edited: its page, the list pages and feeds that show it are rendered, not the site.
        var oneEdit = RunWith(site, () => site.Write(Plan(20, body: "Một chỗ sửa.")));
        Assert.True(first.Rendered >= 60, $"the first build rendered {first.Rendered}");
        Assert.InRange(oneEdit.Rendered, 1, 20);
        Assert.True(oneEdit.Reused >= 50, $"reused {oneEdit.Reused}");
        site.AssertFileContains("ke-hoach/ke-hoach-so-20/index.html", "Một chỗ sửa.");
    }

    [Fact]
    public async Task An_unchanged_plan_s_body_is_rendered_only_for_an_output_made_again_that_shows_it()
    {
        using var site = ManyPlans();
        site.Write("-- content/site.yml --\ntitle: \"Ra quân 2024\"\nbase_url: \"https://example.gov.vn/ra-quan-2024/\"\npublisher:\n  name: \"UBND tỉnh Kon Tum\"\nfeed:\n  items: 2\n");
        site.Write(Plan(3, body: "Sơ đồ vị trí:\n\n![Sơ đồ](/files/so-do.png)") + "-- content/files/so-do.png --\n(a picture)\n");
        var first = await ApiBuild(site);
        Assert.True(first.Plans >= 30, $"{first.Plans} plans");
        Assert.Equal(first.Plans, first.BodiesRendered);
        Assert.True(first.SearchDocumentsRead > first.Plans, $"the first build read {first.SearchDocumentsRead} documents for the search index");

        // Plan 7 is in no feed (its commune's newest two are 27 and 22): its page and the lists showing it are made
        // again, from its own body alone; every other plan's excerpt and search text come from the cache.
        var shards = SearchShardFiles(site.Output);
        site.Write(Plan(7, body: "Nội dung đã sửa, có từ mới toanhmoi."));
        var edited = await ApiBuild(site);
        Assert.Equal(1, edited.BodiesRendered);
        Assert.Equal(1, edited.SearchDocumentsRead);
        AssertSameAsCleanBuild(site);

        // Every other plan's page is taken from the published site by what it is made from, its model not made.
        Assert.Equal(0, first.PlanPagesByInputs);
        Assert.Equal(first.Plans - 1, edited.PlanPagesByInputs);

        // The shards the edit's words do not fall in are the published files themselves, not written again.
        var after = SearchShardFiles(site.Output);
        var kept = shards.Count(f => after.TryGetValue(f.Key, out var inode) && inode == f.Value);
        Assert.True(kept >= shards.Count / 2 && kept < after.Count, $"{kept} of {after.Count} search shard files kept");
        Assert.True(site.Exists("files/so-do.png"), "the file plan 3's unchanged body shows was not published");

        // Plan 27 is in its commune's feeds: they are made again, with the bodies of the other plans they show.
        site.Write(Plan(27, body: "Nội dung mới của kế hoạch 27."));
        var inFeeds = await ApiBuild(site);
        Assert.InRange(inFeeds.BodiesRendered, 2, 10);
        Assert.Equal(1, inFeeds.SearchDocumentsRead);
        Assert.Equal(first.Plans - 1, inFeeds.PlanPagesByInputs);
        AssertSameAsCleanBuild(site);

        // A plan page edited by hand in the published site is made again, though what it is made from is unchanged.
        var page = Path.Combine(site.Output, "ke-hoach", "ke-hoach-so-12", "index.html");
        File.AppendAllText(page, "<!-- sửa tay -->");
        var byHand = await ApiBuild(site);
        Assert.Equal(first.Plans - 1, byHand.PlanPagesByInputs);
        AssertSameAsCleanBuild(site);

        // A cache whose digests were made by another site stamp is not used for them: every body is rendered.
        site.Write("-- content/static/ghi-chu.txt --\nGhi chú.\n");
        var restamped = await ApiBuild(site);
        Assert.Equal(first.Plans, restamped.BodiesRendered);
        Assert.Equal(0, restamped.PlanPagesByInputs);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task The_published_search_index_is_patched_and_one_changed_by_hand_is_read_whole_again()
    {
        using var site = ManyPlans();
        site.Write(Plan(9, body: "Nội dung 9, từ hiếm tuchungit.", unit: "kon-tum") + Plan(14, body: "Nội dung 14, từ hiếm tuchungit.", unit: "kon-tum"));
        var first = await ApiBuild(site);

        // A plan added in the middle renumbers the documents after it; a plan's date moved puts it before the plan
        // it came after, the two sharing a rare word.
        site.Write(Plan(40, body: "Kế hoạch mới có từ riêng xuongbaomoi.", unit: "kon-ray").Replace("date: 2024-01-28", "date: 2024-01-15"));
        site.Write(Plan(9, body: "Nội dung 9, từ hiếm tuchungit.", unit: "kon-tum").Replace("date: 2024-01-09", "date: 2024-01-26"));
        var patched = await ApiBuild(site);
        Assert.InRange(patched.SearchDocumentsRead, 1, 2);
        AssertSameAsCleanBuild(site);

        // A shard of the published index edited by hand is never read as the index: every document is read again.
        var shards = Path.Combine(site.Output, "tim-kiem", "du-lieu", "w");
        var edited = Directory.EnumerateFiles(shards).Order(StringComparer.Ordinal).First();
        File.WriteAllText(edited, "{}");
        site.Write(Plan(11, body: "Nội dung 11 đã sửa."));
        Assert.Equal(first.SearchDocumentsRead + 1, (await ApiBuild(site)).SearchDocumentsRead);
        AssertSameAsCleanBuild(site);

        // A plan deleted: its words leave the index.
        File.Delete(Path.Combine(site.Content, "plans/p-40.md"));
        Assert.Equal(0, (await ApiBuild(site)).SearchDocumentsRead);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task Edits_in_a_row_splice_the_published_search_index_into_what_a_clean_build_writes()
    {
        // 400 plans whose titles and bodies share words: their postings are bitmaps too long to stay inline, so the
        // shards have postings files, which a splice keeps or writes again by their number.
        using var site = TestSite.Create();
        string[] units = ["dak-la", "kon-ray", "thi-tran-dak-ha", "dak-r-lap", "kon-tum"];
        for (var i = 1; i <= 400; i++)
        {
            site.Write(Plan(i, body: $"Kế hoạch {i}: nội dung ra quân, hoà giải.", unit: units[i % units.Length]).Replace("p-", "q-", StringComparison.Ordinal));
        }

        await ApiBuild(site);
        var postingsFiles = Directory.EnumerateFiles(Path.Combine(site.Output, "tim-kiem", "du-lieu", "p"), "*.json", SearchOption.AllDirectories).Count();
        Assert.True(postingsFiles > 0, "no word's postings went to a file of their own");

        (string Edit, string Files)[] edits =
        [
            ("the first edit, which records where each document's words fall", Plan(7, body: "Kế hoạch 7: nội dung ra quân đã sửa.")),
            ("new words and another way of writing one", Plan(7, body: "Kế hoạch 7: nội dung mới toanhmoi, hòa giải và hoá đơn.")),
            ("two plans in one build", Plan(7, body: "Kế hoạch bảy.") + Plan(300, body: "Kế hoạch 300: hoà giải, hòa giải, toanhmoi.")),
            ("most words taken out", Plan(300, body: "Ngắn.")),
            ("a plan's title", Plan(12, title: "Kế hoạch ra quân đổi tên", body: "Kế hoạch 12: nội dung ra quân, hoà giải.")),
        ];
        foreach (var (edit, files) in edits)
        {
            site.Write(files.Replace("p-", "q-", StringComparison.Ordinal));
            var run = await ApiBuild(site);
            Assert.True(run.SearchDocumentsRead is >= 1 and <= 2, $"{edit}: {run.SearchDocumentsRead} documents read");
            Assert.True(Snapshot.Of(CleanBuild(site)).SequenceEqual(Snapshot.Of(site.Output)), $"{edit}: the incremental build differs from a clean build");
        }
    }

    [Fact]
    public async Task An_edit_reads_back_only_the_search_shards_its_words_fall_in_and_an_addition_that_renumbers_reads_all()
    {
        using var site = ManyPlans();
        await ApiBuild(site);
        int Shards() => Directory.EnumerateFiles(Path.Combine(site.Output, "tim-kiem", "du-lieu", "w")).Count();

        // The first build's record does not say where each document's words fall: the first patch reads every shard.
        var original = Shards();
        site.Write(Plan(8, body: "Nội dung 8, lần sửa thứ nhất."));
        Assert.Equal(original, (await ApiBuild(site)).SearchShardsRead);
        AssertSameAsCleanBuild(site);

        // Then an edit reads the shards of its old and new words: a new word's shard, and those whose last word goes.
        var published = Shards();
        site.Write(Plan(8, body: "Nội dung 8, lần sửa thứ hai có từ lạ zyxwaa."));
        Assert.InRange((await ApiBuild(site)).SearchShardsRead, 1, published - 1);
        AssertSameAsCleanBuild(site);
        Assert.Equal(published + 1, Shards());
        site.Write(Plan(8));
        Assert.InRange((await ApiBuild(site)).SearchShardsRead, 1, published);
        AssertSameAsCleanBuild(site);
        Assert.Equal(original, Shards());

        // A plan added in the middle renumbers those after it: every shard is read, and the next edit reads fewer again.
        site.Write(Plan(41, body: "Kế hoạch thêm.", unit: "kon-ray").Replace("date: 2024-01-28", "date: 2024-01-15"));
        Assert.Equal(original, (await ApiBuild(site)).SearchShardsRead);
        AssertSameAsCleanBuild(site);
        published = Shards();
        site.Write(Plan(8, body: "Nội dung 8, lần sửa thứ ba."));
        Assert.InRange((await ApiBuild(site)).SearchShardsRead, 1, published - 1);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_plan_file_with_the_size_and_time_recorded_is_neither_read_nor_hashed_again_and_one_touched_is()
    {
        using var site = ManyPlans();
        var first = await ApiBuild(site);
        Assert.Equal(first.Plans, first.PlansHashed);
        Assert.Equal(first.Plans, first.PlansParsed);

        site.Write(Plan(12, body: "Nội dung 12 đã sửa."));
        var edited = await ApiBuild(site);
        Assert.Equal(1, edited.PlansHashed);
        Assert.Equal(1, edited.PlansParsed);
        AssertSameAsCleanBuild(site);

        // The same bytes with another time (a file copied back from a backup): read, hashed, found unchanged, nothing rendered.
        File.SetLastWriteTimeUtc(Path.Combine(site.Content, "plans", "p-05.md"), DateTime.UtcNow.AddMinutes(1));
        var touched = await ApiBuild(site);
        Assert.Equal(1, touched.PlansHashed);
        Assert.Equal(1, touched.PlansParsed);
        Assert.Equal(0, touched.BodiesRendered);
        Assert.Equal(0, touched.Rendered);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_plan_taken_as_recorded_gives_the_pages_its_file_gives_and_one_whose_attachment_changed_is_read_again()
    {
        using var site = ManyPlans();
        site.Write("""
            -- content/files/ke-hoach-40.pdf --
            %PDF-1.4 ngắn
            -- content/plans/p-40.md --
            ---
            title: "Kế hoạch tổ chức Lễ ra quân đầu năm 2024"
            slug: le-ra-quan-2024
            type: "Kế hoạch"
            number: "40/KH-UBND"
            date: 2024-01-22
            publish_date: 2024-01-23
            effective_date: 2024-01-24
            expiry_date: 2030-12-31
            issuer: "Ủy ban nhân dân xã Đắk La"
            unit: dak-la
            signer: { name: "Trần Văn Tâm", authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] }
            summary: "Tổ chức Lễ ra quân đầu năm 2024 tại xã Đắk La."
            tags: ["ra quân", "nông thôn mới"]
            attachments: [{ title: "Bản ký số (PDF)", path: files/ke-hoach-40.pdf }]
            aliases: ["ke-hoach/ra-quan-cu/"]
            indicators:
              - { label: "Tổng diện tích gieo trồng", value: "4.482,38", unit: "ha" }
              - { label: "Tỷ lệ lao động được đào tạo", value: "75,7", unit: "%", qualifier: "trên" }
            ---
            Lễ ra quân được tổ chức lúc 07h30 ngày 24 tháng 01 năm 2024.

            """);
        site.Write("""
            -- content/plans/p-41.md --
            ---
            unit: kon-ray
            date: 2024-02-01
            ---
            ỦY BAN NHÂN DÂN XÃ KON RAY

            KẾ HOẠCH

            Tổ chức Tết trồng cây năm 2024

            """);
        var first = await ApiBuild(site);
        Assert.Equal(first.Plans, first.PlansParsed);

        // Another plan edited: the plan of every field is taken as recorded, and its pages are those of its file.
        site.Write(Plan(12, body: "Nội dung 12 đã sửa."));
        var edited = await ApiBuild(site);
        // The pasted document (no title in its front matter) is read on every build, as is the plan edited.
        Assert.Equal(2, edited.PlansParsed);
        AssertSameAsCleanBuild(site);

        // Its attachment grows: the plan is read again, and its page gives the new size.
        File.WriteAllBytes(Path.Combine(site.Content, "files", "ke-hoach-40.pdf"), new byte[50_000]);
        var attached = await ApiBuild(site);
        Assert.Equal(2, attached.PlansParsed);
        AssertSameAsCleanBuild(site);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("another version")]
    [InlineData("another build of RaQuan")]
    [InlineData("another site")]
    [InlineData("records cut short, checksum made again")]
    public void A_damaged_or_foreign_cache_is_ignored_with_one_warning_and_the_site_is_built_whole(string damage)
    {
        using var site = ManyPlans();
        Build(site);
        var cache = Path.Combine(site.Root, CacheFolder, BuildCacheFile.FileName);
        var bytes = File.ReadAllBytes(cache);
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]);
                break;
            case "garbage":
                File.WriteAllBytes(cache, RandomNumberGenerator.GetBytes(bytes.Length));
                break;
            case "records cut short, checksum made again":
                // The head (read at once) is whole; the records after it (read in the background) end too soon.
                var cut = bytes[..^(32 + 40)];
                File.WriteAllBytes(cache, [.. cut, .. SHA256.HashData(cut)]);
                break;
            default:
                // A well-formed file whose header differs: the version (the int after the magic), or a text in it.
                var (from, to) = damage switch
                {
                    "another version" => (BitConverter.GetBytes(BuildCacheFile.FormatVersion), BitConverter.GetBytes(BuildCacheFile.FormatVersion + 7)),
                    "another build of RaQuan" => ("1.0.0"u8.ToArray(), "9.9.9"u8.ToArray()),
                    _ => (Encoding.UTF8.GetBytes(site.Content), Encoding.UTF8.GetBytes(site.Content[..^1] + "x")),
                };
                var at = bytes.AsSpan(0, 200).IndexOf(from);
                Assert.True(at > 0, "the header was not found");
                to.CopyTo(bytes, at);
                var body = bytes[..^32];
                File.WriteAllBytes(cache, [.. body, .. SHA256.HashData(body)]);
                break;
        }

        site.Write(Plan(7, body: "Nội dung đã sửa."));
        var run = site.BuildOk("-v");

        var warning = Assert.Single(run.Error.Split('\n'), l => l.Contains("cache", StringComparison.Ordinal));
        Assert.Contains("every page is built again", warning);
        Assert.Contains("Reused 0 unchanged files", run.Output);
        AssertSameAsCleanBuild(site);

        // The next build trusts the cache it wrote.
        Assert.DoesNotContain("cache", site.BuildOk().Error);
    }

    [Fact]
    public void The_warning_is_in_plain_Vietnamese_by_default()
    {
        using var site = ManyPlans();
        Build(site);
        File.WriteAllText(Path.Combine(site.Root, CacheFolder, BuildCacheFile.FileName), "hỏng");

        var run = site.BuildOk("--lang", "vi");

        Assert.Contains("bộ nhớ đệm của lần tạo trang trước bị hỏng", run.Error);
        Assert.Contains("không cần làm gì", run.Error);
    }

    [Fact]
    public void A_published_file_edited_or_deleted_by_hand_is_rendered_again_never_reused()
    {
        using var site = ManyPlans();
        Build(site);
        var page = site.OutPath("ke-hoach/ke-hoach-so-03/index.html");
        var original = File.ReadAllBytes(page);

        // Same size, other bytes, and a time set back: only the time is compared cheaply, and here it differs.
        var edited = (byte[])original.Clone();
        edited[^2] = (byte)'X';
        File.WriteAllBytes(page, edited);
        File.Delete(site.OutPath("ke-hoach/ke-hoach-so-04/index.html"));
        Assert.True(site.Exists("index.html"));
        File.WriteAllText(site.OutPath("index.html"), "sửa tay");
        site.Write(Plan(7, body: "Nội dung đã sửa."));
        Build(site);

        AssertSameAsCleanBuild(site);
        Assert.Equal(original, File.ReadAllBytes(page));

        // The whole site deleted, the cache kept.
        Directory.Delete(site.Output, recursive: true);
        site.Write(Plan(8, body: "Lại sửa."));
        var run = Build(site);
        Assert.Equal(0, run.Reused);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_build_stopped_mid_render_leaves_the_previous_site_and_a_cache_the_next_build_uses()
    {
        var (site, published, cache, cacheBytes) = BuiltThenEdited();
        using var _ = site;

        // Stopped (as by Ctrl+C) once the plans' section is done, in the middle of the render stage.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApiBuild(site, stopAfter: "plan"));

        Assert.Equal(published, Snapshot.Of(site.Output));
        Assert.Equal(cacheBytes, File.ReadAllBytes(cache));
        var next = Build(site);
        Assert.True(next.Reused > 0, "the next build did not use the cache");
        AssertSameAsCleanBuild(site);

        // Killed after publishing and before its cache was renamed into place: the cache left names the site before.
        site.Write(Plan(8, body: "Lại sửa."));
        var older = File.ReadAllBytes(cache);
        Build(site);
        File.WriteAllBytes(cache, older);
        site.Write(Plan(9, body: "Sửa nữa."));
        var afterKill = Build(site);
        Assert.Equal(0, afterKill.Reused);
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_build_stages_into_the_site_published_before_and_never_writes_into_the_published_files()
    {
        using var site = ManyPlans();
        Build(site);
        site.Write(Plan(7, body: "Nội dung đã sửa."));
        Assert.False((await ApiBuild(site)).PreviousSiteReused, "the first build replaced no site, so there was none to stage into");
        site.Write(Plan(8, body: "Sửa lần hai."));
        Assert.True((await ApiBuild(site)).PreviousSiteReused, "the build did not stage into the previous site");
        AssertSameAsCleanBuild(site);

        // A change in site.yml renders every page, each into the folder that shares its files with the published
        // site; stopped halfway, the published site keeps its bytes and times.
        site.Write("-- content/site.yml --\ntitle: \"Ra quân 2024 (sửa)\"\nbase_url: \"https://example.gov.vn/ra-quan-2024/\"\npublisher:\n  name: \"UBND tỉnh Kon Tum\"\n");
        var published = Files(site.Output);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ApiBuild(site, stopAfter: "plan"));
        Assert.Equal(published, Files(site.Output));

        // The folder the stopped build took is gone: the next build stages anew, and keeps the site it replaces.
        Assert.False((await ApiBuild(site)).PreviousSiteReused);
        AssertSameAsCleanBuild(site);

        // Bad content stops a build before it writes: the previous site it took is put back for the next build.
        site.Write("-- content/plans/p-40.md --\n---\ntitle: [\n---\nNội dung.\n");
        await Assert.ThrowsAsync<BuildException>(() => ApiBuild(site));
        File.Delete(Path.Combine(site.Content, "plans/p-40.md"));
        site.Write(Plan(9, body: "Sửa nữa."));
        Assert.True((await ApiBuild(site)).PreviousSiteReused, "the previous site was not put back after the bad content");
        AssertSameAsCleanBuild(site);
        site.AssertFileContains("ke-hoach/ke-hoach-so-09/index.html", "Sửa nữa.");
    }

    [Fact]
    public async Task A_previous_site_that_is_not_the_one_the_cache_names_is_not_staged_into()
    {
        using var site = ManyPlans();
        Build(site);
        site.Write(Plan(7, body: "Nội dung đã sửa."));
        Build(site);
        OutputMarker.Write(PreviousSite.FolderOf(site.Output), "another");
        site.Write(Plan(8, body: "Sửa lần hai."));

        Assert.False((await ApiBuild(site)).PreviousSiteReused);
        AssertSameAsCleanBuild(site);

        // A build without the cache keeps no previous site.
        site.BuildOk("--no-cache");
        Assert.False(Directory.Exists(PreviousSite.FolderOf(site.Output)));
    }

    [Fact]
    public void A_second_incremental_build_on_one_output_refuses_while_the_first_holds_it_and_leaves_site_and_cache_alone()
    {
        var (site, published, cache, cacheBytes) = BuiltThenEdited();
        using var _ = site;

        using (OutputLock.TryTake(site.Output) ?? throw new InvalidOperationException("the lock is held"))
        {
            var run = site.Build("--wait", "0");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("another build is writing this output folder", run.Error);
            Assert.Equal(published, Snapshot.Of(site.Output));
            Assert.Equal(cacheBytes, File.ReadAllBytes(cache));
        }

        Assert.True(Build(site).Reused > 0);
    }

    [Theory]
    [InlineData("_site/.cache")]
    [InlineData("content/.cache")]
    public void A_cache_folder_inside_the_output_or_the_content_is_refused(string folder)
    {
        using var site = TestSite.Create();
        site.BuildFailsWith("error: the cache folder is inside the content or the output folder", "give --cache a folder of its own",
            "--cache", Path.Combine(site.Root, folder));
    }

    [Fact]
    public void No_cache_builds_without_reading_or_writing_one_and_cache_puts_it_where_asked()
    {
        using var site = TestSite.Create();
        site.BuildOk("--no-cache");
        Assert.False(Directory.Exists(Path.Combine(site.Root, CacheFolder)));

        var elsewhere = Path.Combine(site.Root, "bo-nho-dem");
        site.BuildOk("--cache", elsewhere);
        Assert.True(File.Exists(Path.Combine(elsewhere, BuildCacheFile.FileName)));
        Assert.False(Directory.Exists(Path.Combine(site.Root, CacheFolder)));
    }

    private static readonly string[] SiteStampSteps = ["units.yml", "site.yml", "a static file and a news post added", "a static file and a news post removed"];

    private sealed record Counts(int Reused, int Rendered);

    private static Counts Build(TestSite site) => Parse(site.BuildOk("-v"));

    private static Counts RunWith(TestSite site, Action edit)
    {
        edit();
        return Build(site);
    }

    private static Counts Parse(CliRun run)
    {
        var match = Regex.Match(run.Output, @"Reused (\d+) unchanged files, rendered (\d+) pages");
        Assert.True(match.Success, run.Output);
        return new Counts(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    // A build through the library, with the cache beside the output, stopped (as by Ctrl+C) when the step named ends.
    private static async Task<BuildResult> ApiBuild(TestSite site, string? stopAfter = null)
    {
        using var stop = new CancellationTokenSource();
        await using var theme = new RaQuan.Themes.Default.DefaultTheme();
        var options = new BuildOptions(site.Content, site.Output, DateTimeOffset.Parse(TestSite.DefaultNow, CultureInfo.InvariantCulture))
        {
            CacheDirectory = Path.Combine(site.Root, CacheFolder),
        };
        return await SiteBuilder.BuildAsync(options, theme, stop.Token, new Reported(step =>
        {
            if (step.Name == stopAfter)
            {
                stop.Cancel();
            }
        }));
    }

    // The site published equals what a clean build of the same content writes, file for file and byte for byte.
    private static void AssertSameAsCleanBuild(TestSite site) => Assert.Equal(Snapshot.Of(CleanBuild(site)), Snapshot.Of(site.Output));

    private static string CleanBuild(TestSite site)
    {
        var clean = Path.Combine(site.Root, "clean");
        var run = TestSite.Run(["build", site.Content, "-o", clean, "--now", TestSite.DefaultNow, "--no-cache", "--quiet"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return clean;
    }

    // The files of the search index's word shards and postings, with their inode numbers (a file written again gets a new one).
    private static Dictionary<string, string> SearchShardFiles(string output)
    {
        var folder = Path.Combine(output, "tim-kiem", "du-lieu");
        var files = new[] { "w", "p" }.Select(d => Path.Combine(folder, d)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.json", SearchOption.AllDirectories)).ToList();
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", .. files]) { RedirectStandardOutput = true })!;
        var inodes = stat.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        stat.WaitForExit();
        Assert.Equal(files.Count, inodes.Length);
        return files.Select((f, i) => (f, i)).ToDictionary(p => Path.GetRelativePath(folder, p.f), p => inodes[p.i]);
    }

    private static Dictionary<string, (string Hash, DateTime Written)> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputMarker.Name)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));

    private static string Plan(int n, string? title = null, string? body = null, string unit = "dak-la") =>
        $"-- content/plans/p-{n:00}.md --\n---\ntitle: \"{title ?? $"Kế hoạch số {n:00}"}\"\nslug: ke-hoach-so-{n:00}\ndate: 2024-01-{Math.Min(n, 28):00}\nunit: {unit}\n---\n{body ?? $"Nội dung {n}."}\n";

    private static TestSite ManyPlans()
    {
        var site = TestSite.Create();
        string[] units = ["dak-la", "kon-ray", "thi-tran-dak-ha", "dak-r-lap", "kon-tum"];
        for (var i = 1; i <= 30; i++)
        {
            site.Write(Plan(i, unit: units[i % units.Length]));
        }

        return site;
    }

    // A site built once with its cache, then one plan edited: the published files, the cache file and its bytes.
    private static (TestSite Site, IReadOnlyList<string> Published, string Cache, byte[] CacheBytes) BuiltThenEdited()
    {
        var site = ManyPlans();
        Build(site);
        var published = Snapshot.Of(site.Output);
        var cache = Path.Combine(site.Root, CacheFolder, BuildCacheFile.FileName);
        var cacheBytes = File.ReadAllBytes(cache);
        site.Write(Plan(7, body: "Nội dung đã sửa."));
        return (site, published, cache, cacheBytes);
    }

    // The site's units.yml with one more commune beside Đắk La.
    private static void AddCommune(TestSite site)
    {
        var file = Path.Combine(site.Content, "units.yml");
        var lines = File.ReadAllLines(file).ToList();
        var at = lines.FindIndex(l => l.TrimStart() == "- name: Đắk La");
        lines.InsertRange(at + 2, [lines[at].Replace("Đắk La", "Đắk Mar", StringComparison.Ordinal), lines[at + 1]]);
        File.WriteAllLines(file, lines);
    }

    private const string StaticAndNews = """
        -- content/static/huong-dan.txt --
        Hướng dẫn tra cứu.
        -- content/news/hop-dan.md --
        ---
        title: "Thị trấn Đắk Hà tổng kết đợt ra quân"
        date: "12/02/2024 16:00"
        unit: thi-tran-dak-ha
        ---
        Chiều 12/02, thị trấn tổng kết một tuần ra quân làm đường.
        """;

    private sealed class Reported(Action<BuildStep> report) : IProgress<BuildStep>
    {
        public void Report(BuildStep value) => report(value);
    }
}
