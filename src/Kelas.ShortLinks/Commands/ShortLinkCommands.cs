using System.CommandLine;
using System.Globalization;
using Kelas.Core.Commands;
using Kelas.ShortLinks.Businesses;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.ShortLinks.Commands;

/// <summary><c>kelas links business create|list|disable|enable|rotate-key</c>.</summary>
internal sealed class ShortLinkCommands : IOperatorCommands
{
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object on stdout." };

    public Command Create(IServiceProvider services)
    {
        var links = new Command("links", "Short-link service (POD tilin): businesses and their credentials.");
        var business = new Command("business", "Businesses are tenants; each has a _token_ and an scApiKey.");
        var name = new Argument<string>("name") { Description = "Business name: 2-63 lowercase Latin letters, digits and '-'." };

        var create = new Command("create", "Create a business and print its _token_ and scApiKey (shown once).") { name, JsonOption };
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
            WriteCredentials(output, parse, await scope.GetRequiredService<BusinessAdmin>().CreateAsync(parse.GetRequiredValue(name), ct), "created")));

        var rotate = new Command("rotate-key", "Replace a business's _token_ and scApiKey; the old ones stop working at once.") { name, JsonOption };
        rotate.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
            WriteCredentials(output, parse, await scope.GetRequiredService<BusinessAdmin>().RotateAsync(parse.GetRequiredValue(name), ct), "rotated")));

        var list = new Command("list", "List businesses with their link and visit counts.") { JsonOption };
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var all = await scope.GetRequiredService<BusinessAdmin>().ListAsync(ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new
                {
                    Businesses = all.Select(s => new
                    {
                        s.Business.Id,
                        s.Business.Name,
                        s.Business.TokenPrefix,
                        Enabled = s.Business.Status == 1,
                        s.Links,
                        s.Visits,
                        s.Business.CreateTime,
                    }),
                });
                return;
            }

            CommandOutput.Table(output, ["ID", "NAME", "TOKEN", "STATUS", "LINKS", "VISITS", "CREATED (UTC)"], all.Select(s => (IReadOnlyList<string>)
            [
                s.Business.Id.ToString(CultureInfo.InvariantCulture),
                s.Business.Name,
                s.Business.TokenPrefix + "…",
                s.Business.Status == 1 ? "enabled" : "disabled",
                s.Links.ToString(CultureInfo.InvariantCulture),
                s.Visits.ToString(CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(s.Business.CreateTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ]));
        }));

        var disable = new Command("disable", "Disable a business: its calls answer gateway error 21; its links keep redirecting.") { name, JsonOption };
        disable.SetAction((parse, ct) => SetStatusAsync(services, parse, name, enabled: false, ct));
        var enable = new Command("enable", "Enable a business again.") { name, JsonOption };
        enable.SetAction((parse, ct) => SetStatusAsync(services, parse, name, enabled: true, ct));

        business.Subcommands.Add(create);
        business.Subcommands.Add(list);
        business.Subcommands.Add(disable);
        business.Subcommands.Add(enable);
        business.Subcommands.Add(rotate);
        links.Subcommands.Add(business);
        return links;
    }

    private static Task<int> SetStatusAsync(IServiceProvider services, ParseResult parse, Argument<string> name, bool enabled, CancellationToken ct) =>
        OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var value = parse.GetRequiredValue(name);
            await scope.GetRequiredService<BusinessAdmin>().SetStatusAsync(value, enabled, ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { Name = value, Enabled = enabled });
            }
            else
            {
                output.WriteLine($"Business '{value}' {(enabled ? "enabled" : "disabled")}.");
            }
        });

    private static void WriteCredentials(TextWriter output, ParseResult parse, BusinessAdmin.Credentials credentials, string verb)
    {
        if (parse.GetValue(JsonOption))
        {
            CommandOutput.Json(output, new { credentials.Business.Id, credentials.Business.Name, credentials.Token, ScApiKey = credentials.ApiKey });
            return;
        }

        output.WriteLine($"Business '{credentials.Business.Name}' {verb} (id {credentials.Business.Id}). Shown once, keep them safe:");
        output.WriteLine($"  _token_:  {credentials.Token}");
        output.WriteLine($"  scApiKey: {credentials.ApiKey}");
        output.WriteLine($"Gateway: POST {{server}}{ShortLinkGatewayApi.Path} with headers _token_ and _token_issuer_: 1, fields scProductId and scApiKey.");
    }
}
