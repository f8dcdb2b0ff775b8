using System.Text.Json.Nodes;

namespace Kelas.Skyroom.Wire;

/// <summary>
/// PHP's <c>http_build_query</c> shape: <c>[users][0][user_id]=5</c> becomes <c>{"users":{"0":{"user_id":"5"}}}</c>.
/// Lists stay objects with numeric keys; <see cref="SkyroomParams.RequiredArray"/> reads those as arrays.
/// </summary>
internal static class PhpFormFields
{
    private const int MaxDepth = 8;

    public static void Add(JsonObject target, string path, string value)
    {
        var segments = Segments(path);
        if (segments is null)
        {
            return;
        }

        var current = target;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i].Length == 0 ? current.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : segments[i];
            if (i == segments.Count - 1)
            {
                current[segment] = value;
                return;
            }

            if (current[segment] is not JsonObject child)
            {
                child = new JsonObject();
                current[segment] = child;
            }

            current = child;
        }
    }

    private static List<string>? Segments(string path)
    {
        var segments = new List<string>();
        var rest = path.AsSpan();
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']');
            if (rest[0] != '[' || close < 0 || segments.Count == MaxDepth)
            {
                return null;
            }

            segments.Add(rest[1..close].ToString());
            rest = rest[(close + 1)..];
        }

        return segments.Count == 0 ? null : segments;
    }
}
