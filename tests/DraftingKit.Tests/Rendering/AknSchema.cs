using System.Net;
using System.Xml;
using System.Xml.Schema;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Rendering;

/// <summary>
/// The Akoma Ntoso 3.0 schema from the shared folder, compiled offline: its import of ./xml.xsd is served from
/// Schemas/xml.xsd beside the tests, and any other address is refused rather than fetched.
/// </summary>
internal static class AknSchema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static string SchemaPath => Path.Combine(RepositoryPaths.Shared, "schemas", "akn", "akomantoso30.xsd");

    /// <summary>Validates <paramref name="xml"/> and returns every error and warning, with line and column.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Set.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var resolver = new OfflineResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        using (var reader = XmlReader.Create(SchemaPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver }))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private sealed class OfflineResolver : XmlResolver
    {
        private static string LocalXmlSchema => RepositoryPaths.InRepository("tests", "DraftingKit.Tests", "Rendering", "Schemas", "xml.xsd");

        public override ICredentials Credentials
        {
            set { }
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            if (relativeUri is not null && relativeUri.EndsWith("xml.xsd", StringComparison.Ordinal))
            {
                return new Uri(LocalXmlSchema);
            }

            return base.ResolveUri(baseUri, relativeUri);
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile)
            {
                throw new XmlException("Refusing to fetch " + absoluteUri + ": schema validation in tests works offline.");
            }

            return File.OpenRead(absoluteUri.LocalPath);
        }
    }
}
