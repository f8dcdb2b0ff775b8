using System.CommandLine;
using System.Globalization;
using Kelas.Core.Commands;
using Kelas.Shad.Directory;
using Kelas.Shad.Events;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Kelas.Shad.Commands;

/// <summary><c>kelas shad event create|list|disable|enable|rotate-key</c>, <c>kelas shad users import</c>, <c>kelas shad launch-url</c>.</summary>
internal sealed class ShadCommands : IOperatorCommands
{
    private const int RejectsShown = 20;
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object on stdout." };

    public Command Create(IServiceProvider services)
    {
        var shad = new Command("shad", "Shad event service: organizer events, the student directory and the hand-off.");
        shad.Subcommands.Add(EventCommand(services));
        shad.Subcommands.Add(UsersCommand(services));
        shad.Subcommands.Add(LaunchUrlCommand(services));
        return shad;
    }

    private static Command EventCommand(IServiceProvider services)
    {
        var command = new Command("event", "Organizer events; each has a landing id, a username and password, and an apiKey.");
        var landingIdOption = new Option<long>("--landing-id") { Description = "The event's number (landingId / EventId on the wire).", Required = true };
        var title = new Option<string>("--title") { Description = "A title for operators.", Required = true };
        var landingUrl = new Option<string>("--landing-url") { Description = "Where students are sent, with ?UserID=<hashedId> appended.", Required = true };
        var username = new Option<string>("--username") { Description = "The organizer's login username.", Required = true };
        var password = new Option<string>("--password") { Description = "The organizer's login password (at least 8 characters; stored hashed).", Required = true };
        var create = new Command("create", "Create an event and print its apiKey (shown once).") { landingIdOption, title, landingUrl, username, password, JsonOption };
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var created = await scope.GetRequiredService<EventAdmin>().CreateAsync(
                parse.GetValue(landingIdOption), parse.GetRequiredValue(title), parse.GetRequiredValue(landingUrl),
                parse.GetRequiredValue(username), parse.GetRequiredValue(password), ct);
            WriteApiKey(output, parse, created, "created");
        }));

        var landingId = new Argument<long>("landing-id") { Description = "The event's landing id." };
        var rotate = new Command("rotate-key", "Replace the event's apiKey; the old key and all login tokens stop working at once.") { landingId, JsonOption };
        rotate.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
            WriteApiKey(output, parse, await scope.GetRequiredService<EventAdmin>().RotateKeyAsync(parse.GetValue(landingId), ct), "has a new apiKey")));

        var list = new Command("list", "List events (never their secrets).") { JsonOption };
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var all = await scope.GetRequiredService<EventAdmin>().ListAsync(ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new
                {
                    Events = all.Select(s => new
                    {
                        s.Event.LandingId,
                        s.Event.Title,
                        s.Event.LandingUrl,
                        s.Event.Username,
                        s.Event.ApiKeyPrefix,
                        s.Event.Enabled,
                        s.HandedOffUsers,
                        s.Event.CreateTime,
                    }),
                });
                return;
            }

            CommandOutput.Table(output, ["LANDING ID", "TITLE", "USERNAME", "API KEY", "STATUS", "USERS", "LANDING URL"], all.Select(s => (IReadOnlyList<string>)
            [
                s.Event.LandingId.ToString(CultureInfo.InvariantCulture),
                s.Event.Title,
                s.Event.Username,
                s.Event.ApiKeyPrefix + "…",
                s.Event.Enabled ? "enabled" : "disabled",
                s.HandedOffUsers.ToString(CultureInfo.InvariantCulture),
                s.Event.LandingUrl,
            ]));
        }));

        var disable = new Command("disable", "Disable an event: its login, tokens and apiKey answer 401.") { landingId, JsonOption };
        disable.SetAction((parse, ct) => SetEnabledAsync(services, parse, landingId, enabled: false, ct));
        var enable = new Command("enable", "Enable an event again (earlier tokens stay invalid).") { landingId, JsonOption };
        enable.SetAction((parse, ct) => SetEnabledAsync(services, parse, landingId, enabled: true, ct));

        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        command.Subcommands.Add(disable);
        command.Subcommands.Add(enable);
        command.Subcommands.Add(rotate);
        return command;
    }

    private static Command UsersCommand(IServiceProvider services)
    {
        var users = new Command("users", "The student directory.");
        var file = new Argument<FileInfo>("file") { Description = "UTF-8 CSV with a header row: " + string.Join(',', UserImporter.Columns) + "." };
        var import = new Command("import", "Import or update (by id) directory users from a CSV file.") { file, JsonOption };
        import.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw new OperatorException($"No file '{path.FullName}'.");
            }

            var json = parse.GetValue(JsonOption);
            var importer = scope.GetRequiredService<UserImporter>();
            await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            UserImporter.Summary summary;
            if (!json && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
            {
                summary = await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Importing {path.Name}", maxValue: Math.Max(1, stream.Length));
                    var result = await importer.ImportAsync(stream, (_, position) => task.Value = position, ct);
                    task.Value = task.MaxValue;
                    return result;
                });
            }
            else
            {
                var progressWriter = json ? parse.InvocationConfiguration.Error : output;
                summary = await importer.ImportAsync(stream, (rows, position) => progressWriter.WriteLine(
                    $"… {rows.ToString(CultureInfo.InvariantCulture)} rows read ({(stream.Length == 0 ? 100 : 100 * position / stream.Length).ToString(CultureInfo.InvariantCulture)}%)"), ct);
            }

            WriteImportSummary(output, json, path.Name, summary);
        }));
        users.Subcommands.Add(import);
        return users;
    }

    private static Command LaunchUrlCommand(IServiceProvider services)
    {
        var eventOption = new Option<long>("--event") { Description = "The event's landing id.", Required = true };
        var userOption = new Option<long>("--user") { Description = "The student's directory id.", Required = true };
        var launch = new Command("launch-url", "Print the organizer's landing URL with ?UserID=<hashedId> for one student (the Shad app's event box).")
        {
            eventOption, userOption, JsonOption,
        };
        launch.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var link = await scope.GetRequiredService<LaunchLinks>().CreateAsync(parse.GetValue(eventOption), parse.GetValue(userOption), ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { link.Url, link.HashedId, link.LandingId, link.UserId });
            }
            else
            {
                output.WriteLine(link.Url);
            }
        }));
        return launch;
    }

    private static Task<int> SetEnabledAsync(IServiceProvider services, ParseResult parse, Argument<long> landingId, bool enabled, CancellationToken ct) =>
        OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var value = parse.GetValue(landingId);
            await scope.GetRequiredService<EventAdmin>().SetEnabledAsync(value, enabled, ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { LandingId = value, Enabled = enabled });
            }
            else
            {
                output.WriteLine($"Event {value} {(enabled ? "enabled" : "disabled")}.");
            }
        });

    private static void WriteApiKey(TextWriter output, ParseResult parse, EventAdmin.Created created, string verb)
    {
        var shadEvent = created.Event;
        if (parse.GetValue(JsonOption))
        {
            CommandOutput.Json(output, new { shadEvent.LandingId, shadEvent.Title, shadEvent.LandingUrl, shadEvent.Username, created.ApiKey, shadEvent.Enabled });
            return;
        }

        output.WriteLine($"Event {shadEvent.LandingId} ('{shadEvent.Title}') {verb}. The apiKey is shown once, keep it safe:");
        output.WriteLine($"  apiKey: {created.ApiKey}");
        output.WriteLine($"Login: POST {{server}}{ShadEventApi.LoginPath} with {{\"landingId\":{shadEvent.LandingId},\"username\":\"{shadEvent.Username}\",\"password\":…}}");
    }

    private static void WriteImportSummary(TextWriter output, bool json, string file, UserImporter.Summary summary)
    {
        if (json)
        {
            CommandOutput.Json(output, new
            {
                File = file,
                summary.Rows,
                summary.Imported,
                summary.Updated,
                Rejected = summary.Rejected.Count,
                Rejects = summary.Rejected.Select(r => new { r.Line, r.Reason }),
                Seconds = Math.Round(summary.Elapsed.TotalSeconds, 2),
            });
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Read {summary.Rows} rows of {file} in {summary.Elapsed.TotalSeconds:0.0} s: {summary.Imported} imported, {summary.Updated} updated, {summary.Rejected.Count} rejected."));
        foreach (var reject in summary.Rejected.Take(RejectsShown))
        {
            output.WriteLine($"  line {reject.Line.ToString(CultureInfo.InvariantCulture)}: {reject.Reason}");
        }

        if (summary.Rejected.Count > RejectsShown)
        {
            output.WriteLine($"  … and {(summary.Rejected.Count - RejectsShown).ToString(CultureInfo.InvariantCulture)} more (--json lists them all).");
        }
    }
}
