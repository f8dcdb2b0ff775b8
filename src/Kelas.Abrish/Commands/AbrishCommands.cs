using System.CommandLine;
using System.Globalization;
using Kelas.Abrish.Data;
using Kelas.Abrish.Organizations;
using Kelas.Abrish.Registrants;
using Kelas.Core.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Abrish.Commands;

/// <summary><c>kelas abrish registrant create|list|harden|rotate-key</c> and <c>kelas abrish org create|list|update</c>.</summary>
internal sealed class AbrishCommands : IOperatorCommands
{
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print exactly one JSON object on stdout." };

    public Command Create(IServiceProvider services)
    {
        var abrish = new Command("abrish", "Abrish registry (POST /service.php): registrants, their organizations and users.");
        abrish.Subcommands.Add(RegistrantCommand(services));
        abrish.Subcommands.Add(OrganizationCommand(services));
        return abrish;
    }

    private static Command RegistrantCommand(IServiceProvider services)
    {
        var registrant = new Command("registrant", "Registrants call the service with their register name (serviceusername) and APIKey.");
        var name = new Argument<string>("registerName") { Description = "The register name clients send as serviceusername (often an e-mail address)." };
        var sha256 = new Option<bool>("--sha256") { Description = "Hardening: require SHA-256 instead of SHA-1 checksums (--sha256 false turns it off)." };
        var window = new Option<int>("--replay-window") { Description = "Hardening: require timestamp and nonce in params, valid for this many seconds (0 turns it off)." };

        var create = new Command("create", "Create a registrant and print its APIKey.") { name, sha256, window, JsonOption };
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
            WriteRegistrant(output, parse, await scope.GetRequiredService<RegistrantAdmin>().CreateAsync(parse.GetRequiredValue(name), Hardening(parse, sha256, window), ct), "created", showKey: true)));

        var harden = new Command("harden", "Change a registrant's hardening; options not given keep their value.") { name, sha256, window, JsonOption };
        harden.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
            WriteRegistrant(output, parse, await scope.GetRequiredService<RegistrantAdmin>().HardenAsync(parse.GetRequiredValue(name), Hardening(parse, sha256, window), ct), "updated", showKey: false)));

        var rotate = new Command("rotate-key", "Replace a registrant's APIKey; the old one stops working at once.") { name, JsonOption };
        rotate.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
            WriteRegistrant(output, parse, await scope.GetRequiredService<RegistrantAdmin>().RotateKeyAsync(parse.GetRequiredValue(name), ct), "rotated", showKey: true)));

        var list = new Command("list", "List registrants with their hardening and organization counts.") { JsonOption };
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var all = await scope.GetRequiredService<RegistrantAdmin>().ListAsync(ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new
                {
                    Registrants = all.Select(s => new
                    {
                        s.Registrant.Id,
                        s.Registrant.Name,
                        Sha256 = s.Registrant.Sha256Checksums,
                        s.Registrant.ReplayWindowSeconds,
                        s.Organizations,
                    }),
                });
                return;
            }

            CommandOutput.Table(output, ["ID", "NAME", "CHECKSUM", "REPLAY WINDOW", "ORGANIZATIONS"], all.Select(s => (IReadOnlyList<string>)
            [
                Number(s.Registrant.Id),
                s.Registrant.Name,
                s.Registrant.Sha256Checksums ? "sha256" : "sha1",
                s.Registrant.ReplayWindowSeconds > 0 ? Number(s.Registrant.ReplayWindowSeconds) + "s" : "off",
                Number(s.Organizations),
            ]));
        }));

        registrant.Subcommands.Add(create);
        registrant.Subcommands.Add(list);
        registrant.Subcommands.Add(harden);
        registrant.Subcommands.Add(rotate);
        return registrant;
    }

    private static Command OrganizationCommand(IServiceProvider services)
    {
        var org = new Command("org", "Organizations belong to a registrant; their plan, expiry and seats are set here.");
        var registrant = new Option<string>("--registrant") { Description = "The owning registrant's register name.", Required = true };
        var name = new Option<string>("--name") { Description = "Organization name (1-100 characters)." };
        var plan = new Option<string>("--plan") { Description = "Plan type, free text (plantype)." };
        var expires = new Option<string>("--expires") { Description = "Expiry date, Solar Hijri yyyy/mm/dd (Persian digits accepted)." };
        var allowed = new Option<int?>("--allowed-users") { Description = "How many users the organization may have." };
        var roles = new Option<int?>("--roles") { Description = "rolescount (default 0)." };

        var create = new Command("create", "Create an organization for a registrant.") { registrant, name, plan, expires, allowed, roles, JsonOption };
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var admin = scope.GetRequiredService<OrganizationAdmin>();
            var created = await admin.CreateAsync(parse.GetRequiredValue(registrant), Settings(parse, name, plan, expires, allowed, roles), ct);
            WriteOrganization(output, parse, admin, created, "created");
        }));

        var id = new Argument<long>("id") { Description = "The organization id." };
        var update = new Command("update", "Change an organization; options not given keep their value.") { id, name, plan, expires, allowed, roles, JsonOption };
        update.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var admin = scope.GetRequiredService<OrganizationAdmin>();
            var updated = await admin.UpdateAsync(parse.GetRequiredValue(id), Settings(parse, name, plan, expires, allowed, roles), ct);
            WriteOrganization(output, parse, admin, updated, "updated");
        }));

        var list = new Command("list", "List a registrant's organizations.") { registrant, JsonOption };
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(services, parse, async (scope, output) =>
        {
            var admin = scope.GetRequiredService<OrganizationAdmin>();
            var all = await admin.ListAsync(parse.GetRequiredValue(registrant), ct);
            if (parse.GetValue(JsonOption))
            {
                CommandOutput.Json(output, new { Organizations = all.Select(o => Describe(admin, o)) });
                return;
            }

            CommandOutput.Table(output, ["ID", "NAME", "PLAN", "EXPIRES", "USERS", "ROLES", "STATUS"], all.Select(o => (IReadOnlyList<string>)
            [
                Number(o.Id),
                o.Name,
                o.PlanType,
                o.Duration,
                $"{Number(o.UsersCount)}/{Number(o.AllowedUsers)}",
                Number(o.RolesCount),
                admin.IsTimedOut(o) ? "timed out" : "active",
            ]));
        }));

        org.Subcommands.Add(create);
        org.Subcommands.Add(list);
        org.Subcommands.Add(update);
        return org;
    }

    private static RegistrantAdmin.Hardening Hardening(ParseResult parse, Option<bool> sha256, Option<int> window) => new(
        parse.GetResult(sha256) is null ? null : parse.GetValue(sha256),
        parse.GetResult(window) is null ? null : parse.GetValue(window));

    private static OrganizationAdmin.Settings Settings(
        ParseResult parse, Option<string> name, Option<string> plan, Option<string> expires, Option<int?> allowed, Option<int?> roles) =>
        new(parse.GetValue(name), parse.GetValue(plan), parse.GetValue(expires), parse.GetValue(allowed), parse.GetValue(roles));

    private static object Describe(OrganizationAdmin admin, Organization o) => new
    {
        o.Id,
        o.Name,
        Plan = o.PlanType,
        Expires = o.Duration,
        o.AllowedUsers,
        o.UsersCount,
        Roles = o.RolesCount,
        TimedOut = admin.IsTimedOut(o),
    };

    private static void WriteOrganization(TextWriter output, ParseResult parse, OrganizationAdmin admin, Organization organization, string verb)
    {
        if (parse.GetValue(JsonOption))
        {
            CommandOutput.Json(output, Describe(admin, organization));
            return;
        }

        output.WriteLine($"Organization '{organization.Name}' {verb} (id {Number(organization.Id)}): plan '{organization.PlanType}', expires {organization.Duration}, {Number(organization.AllowedUsers)} users allowed, {Number(organization.RolesCount)} roles.");
    }

    private static void WriteRegistrant(TextWriter output, ParseResult parse, Registrant registrant, string verb, bool showKey)
    {
        if (parse.GetValue(JsonOption))
        {
            CommandOutput.Json(output, new
            {
                registrant.Id,
                registrant.Name,
                ApiKey = showKey ? registrant.ApiKey : null,
                Sha256 = registrant.Sha256Checksums,
                registrant.ReplayWindowSeconds,
            });
            return;
        }

        output.WriteLine($"Registrant '{registrant.Name}' {verb} (id {Number(registrant.Id)}).");
        if (showKey)
        {
            output.WriteLine($"  APIKey: {registrant.ApiKey}");
        }

        output.WriteLine($"  checksum: {(registrant.Sha256Checksums ? "SHA-256" : "SHA-1")}(params + APIKey); replay protection: "
            + (registrant.ReplayWindowSeconds > 0 ? $"timestamp within {Number(registrant.ReplayWindowSeconds)}s and a fresh nonce" : "off"));
        output.WriteLine($"Service: POST {{server}}{AbrishServiceApi.Path} with fields params and checksum.");
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
