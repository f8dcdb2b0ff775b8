using System.CommandLine;
using System.Globalization;
using System.Text;
using Kelas.Core.Commands;
using Kelas.Core.Time;
using Kelas.Skyroom.Accounts;
using Kelas.Skyroom.Attendance;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Skyroom.Commands;

/// <summary><c>kelas skyroom account …</c>, <c>kelas skyroom service …</c> and <c>kelas skyroom attendance</c>.</summary>
internal sealed class SkyroomCommands : IOperatorCommands
{
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object on stdout." };

    public Command Create(IServiceProvider services)
    {
        var skyroom = new Command("skyroom", "Skyroom web service: accounts (API keys), services (plans) and attendance.");
        skyroom.Subcommands.Add(AccountCommands(services));
        skyroom.Subcommands.Add(ServiceCommands(services));
        skyroom.Subcommands.Add(AttendanceCommand(services));
        return skyroom;
    }

    private static Command AttendanceCommand(IServiceProvider services)
    {
        var slug = new Argument<string>("slug") { Description = "The account the room belongs to." };
        var room = new Argument<string>("room") { Description = "The room's name (or its numeric id)." };
        var from = new Option<string?>("--from") { HelpName = "DAY", Description = "First day, in Tehran time: 2026-11-22 or Solar Hijri 1405/09/01." };
        var to = new Option<string?>("--to") { HelpName = "DAY", Description = "Last day, included, in the same forms as --from." };
        var file = new Option<FileInfo?>("--output", "-o") { HelpName = "FILE", Description = "Write the CSV to this file instead of standard output." };
        var attendance = new Command(
            "attendance",
            "A room's attendance as CSV (UTF-8 with BOM, one row per connection); sessions that overlap --from..--to are included.")
        {
            slug, room, from, to, file,
        };
        attendance.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var fromDay = ParseDay(parse.GetValue(from), "--from");
            var toDay = ParseDay(parse.GetValue(to), "--to");
            var report = scope.GetRequiredService<AttendanceReport>();
            var query = await report.PrepareAsync(parse.GetRequiredValue(slug), parse.GetRequiredValue(room), fromDay, toDay?.AddDays(1), ct);
            if (parse.GetValue(file) is not { } target)
            {
                await report.WriteCsvAsync(query, output, ct);
                return;
            }

            // The byte order mark is written by the report itself, the same on standard output and in a file.
            await using var writer = new StreamWriter(target.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await report.WriteCsvAsync(query, writer, ct);
        }));
        return attendance;
    }

    private static DateTimeOffset? ParseDay(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return KelasDates.TryParseTehranDay(text, out var day)
            ? day
            : throw new OperatorException($"{option} '{text}' is not a day (try 2026-11-22 or 1405/09/01).");
    }

    private static Command AccountCommands(IServiceProvider services)
    {
        var account = new Command("account", "Accounts are tenants; each has one 50-character API key.");

        var slug = new Argument<string>("slug") { Description = "Account name, used in room URLs (/ch/{slug}/{room})." };
        var create = new Command("create", "Create an account and print its API key (shown once).") { slug, JsonOption };
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var created = await scope.GetRequiredService<AccountAdmin>().CreateAsync(parse.GetRequiredValue(slug), ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { created.Account.Id, created.Account.Slug, created.ApiKey, Endpoint = "/skyroom/api/" + created.ApiKey });
            }
            else
            {
                output.WriteLine($"Account '{created.Account.Slug}' created (id {created.Account.Id}).");
                output.WriteLine($"API key (shown once, keep it safe): {created.ApiKey}");
                output.WriteLine($"Endpoint: POST {{server}}/skyroom/api/{created.ApiKey}");
            }
        }));

        var list = new Command("list", "List accounts.") { JsonOption };
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var accounts = await scope.GetRequiredService<AccountAdmin>().ListAsync(ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { Accounts = accounts.Select(a => new { a.Id, a.Slug, a.KeyPrefix, Enabled = a.Status == 1, a.CreateTime }) });
                return;
            }

            CommandOutput.Table(output, ["ID", "SLUG", "KEY", "STATUS", "CREATED (UTC)"], accounts.Select(a => (IReadOnlyList<string>)
            [
                a.Id.ToString(CultureInfo.InvariantCulture), a.Slug, a.KeyPrefix, a.Status == 1 ? "enabled" : "disabled", FormatTime(a.CreateTime),
            ]));
        }));

        var disable = new Command("disable", "Disable an account's web service (its calls answer error 10).") { slug, JsonOption };
        disable.SetAction((parse, ct) => SetStatusAsync(services, parse, slug, enabled: false, ct));
        var enable = new Command("enable", "Enable an account's web service again.") { slug, JsonOption };
        enable.SetAction((parse, ct) => SetStatusAsync(services, parse, slug, enabled: true, ct));

        var rotate = new Command("rotate-key", "Replace an account's API key; the old key stops working at once.") { slug, JsonOption };
        rotate.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var name = parse.GetRequiredValue(slug);
            var key = await scope.GetRequiredService<AccountAdmin>().RotateKeyAsync(name, ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { Slug = name, ApiKey = key });
            }
            else
            {
                output.WriteLine($"New API key for '{name}' (shown once): {key}");
            }
        }));

        account.Subcommands.Add(create);
        account.Subcommands.Add(list);
        account.Subcommands.Add(disable);
        account.Subcommands.Add(enable);
        account.Subcommands.Add(rotate);
        return account;
    }

    private static Command ServiceCommands(IServiceProvider services)
    {
        var service = new Command("service", "Services (plans): online-user and video limits, person-seconds, validity period.");
        var slug = new Argument<string>("slug") { Description = "The account the service belongs to." };
        var title = new Option<string?>("--title") { Description = "Title, at most 128 characters." };
        var userLimit = new Option<int?>("--user-limit") { Description = "Online users across the account's rooms on this service." };
        var videoLimit = new Option<int?>("--video-limit") { Description = "Simultaneous videos per room." };
        var timeLimit = new Option<string?>("--time-limit") { Description = "Person-seconds allowed; 'none' for unlimited." };
        var start = new Option<string?>("--start") { Description = "Start: 2026-09-23, 2026-09-23T08:00Z, Unix seconds or Solar Hijri 1405/07/01." };
        var stop = new Option<string?>("--stop") { Description = "End, in the same forms as --start; 'none' for open-ended." };

        var create = new Command("create", "Create a service for an account.") { slug, title, userLimit, videoLimit, timeLimit, start, stop, JsonOption };
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var created = await scope.GetRequiredService<ServiceAdmin>().CreateAsync(
                parse.GetRequiredValue(slug), ReadChanges(parse, title, userLimit, videoLimit, timeLimit, start, stop, status: null), ct);
            WriteService(output, parse, created, "created");
        }));

        var serviceId = new Argument<long>("service-id") { Description = "The service's id (see 'service list')." };
        var status = new Option<string?>("--status") { Description = "active or inactive." };
        status.AcceptOnlyFromAmong("active", "inactive");
        var update = new Command("update", "Change a service's title, limits, period or status.")
        {
            slug, serviceId, title, userLimit, videoLimit, timeLimit, start, stop, status, JsonOption,
        };
        update.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var updated = await scope.GetRequiredService<ServiceAdmin>().UpdateAsync(
                parse.GetRequiredValue(slug),
                parse.GetValue(serviceId),
                ReadChanges(parse, title, userLimit, videoLimit, timeLimit, start, stop, parse.GetValue(status)),
                ct);
            WriteService(output, parse, updated, "updated");
        }));

        var list = new Command("list", "List an account's services.") { slug, JsonOption };
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var all = await scope.GetRequiredService<ServiceAdmin>().ListAsync(parse.GetRequiredValue(slug), ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { Services = all.Select(ToJson) });
                return;
            }

            CommandOutput.Table(output, ["ID", "TITLE", "STATUS", "USERS", "VIDEOS", "TIME LIMIT", "USAGE", "START (UTC)", "STOP (UTC)"], all.Select(s => (IReadOnlyList<string>)
            [
                s.Id.ToString(CultureInfo.InvariantCulture), s.Title, s.Status == 1 ? "active" : "inactive",
                s.UserLimit.ToString(CultureInfo.InvariantCulture), s.VideoLimit.ToString(CultureInfo.InvariantCulture),
                s.TimeLimit?.ToString(CultureInfo.InvariantCulture) ?? "unlimited", s.TimeUsage.ToString(CultureInfo.InvariantCulture),
                FormatTime(s.StartTime), FormatTime(s.StopTime),
            ]));
        }));

        service.Subcommands.Add(create);
        service.Subcommands.Add(list);
        service.Subcommands.Add(update);
        return service;
    }

    private static ServiceAdmin.Changes ReadChanges(
        ParseResult parse,
        Option<string?> title,
        Option<int?> userLimit,
        Option<int?> videoLimit,
        Option<string?> timeLimit,
        Option<string?> start,
        Option<string?> stop,
        string? status)
    {
        var timeLimitText = parse.GetValue(timeLimit);
        var stopText = parse.GetValue(stop);
        long? limit = null;
        if (timeLimitText is not null && timeLimitText != "none")
        {
            limit = long.TryParse(timeLimitText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? seconds
                : throw new OperatorException($"--time-limit '{timeLimitText}' is not a number of person-seconds.");
        }

        return new ServiceAdmin.Changes(
            Title: parse.GetValue(title),
            UserLimit: parse.GetValue(userLimit),
            VideoLimit: parse.GetValue(videoLimit),
            TimeLimit: limit,
            ClearTimeLimit: timeLimitText == "none",
            StartTime: ParseDate(parse.GetValue(start), "--start"),
            StopTime: stopText == "none" ? null : ParseDate(stopText, "--stop"),
            ClearStopTime: stopText == "none",
            Status: status switch { "active" => 1, "inactive" => 0, _ => null });
    }

    private static long? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return KelasDates.TryParse(text, out var value)
            ? value.ToUnixTimeSeconds()
            : throw new OperatorException($"{option} '{text}' is not a date (try 2026-09-23, 2026-09-23T08:00Z, Unix seconds or 1405/07/01).");
    }

    private static void WriteService(TextWriter output, ParseResult parse, Service service, string verb)
    {
        if (parse.GetValue(JsonOption))
        {
            CommandOutput.Json(output, ToJson(service));
        }
        else
        {
            output.WriteLine($"Service {service.Id} '{service.Title}' {verb}: {service.UserLimit} online users, {service.VideoLimit} videos per room, "
                + $"time limit {service.TimeLimit?.ToString(CultureInfo.InvariantCulture) ?? "unlimited"}, from {FormatTime(service.StartTime)} to {FormatTime(service.StopTime)}.");
        }
    }

    private static object ToJson(Service s) => new
    {
        s.Id, s.Title, s.Status, s.UserLimit, s.VideoLimit, s.TimeLimit, s.TimeUsage, s.TimeTotal, s.StartTime, s.StopTime, s.CreateTime, s.UpdateTime,
    };

    private static Task<int> SetStatusAsync(IServiceProvider services, ParseResult parse, Argument<string> slug, bool enabled, CancellationToken ct) =>
        OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var name = parse.GetRequiredValue(slug);
            await scope.GetRequiredService<AccountAdmin>().SetStatusAsync(name, enabled, ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { Slug = name, Enabled = enabled });
            }
            else
            {
                output.WriteLine($"Account '{name}' {(enabled ? "enabled" : "disabled")}.");
            }
        });

    private static string FormatTime(long? unix) =>
        unix is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";

}
