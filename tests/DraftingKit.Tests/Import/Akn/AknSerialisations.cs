using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DraftingKit.Tests.Support;

namespace DraftingKit.Tests.Import.Akn;

/// <summary>
/// Writes an AKN4UN file again in another serialisation that the XML standard and the Akoma Ntoso schema allow and
/// that says the same thing: the AKN namespace bound to a prefix or declared again inside, an older AKN namespace,
/// foreign namespaces beside it, another encoding, character references, CDATA sections, comments and processing
/// instructions, another indentation, CRLF line ends, other attribute order and quotes, a document type declaration.
/// Whitespace is added or removed only between elements whose content the schema makes element-only, never in
/// mixed content, where it is text.
/// </summary>
internal static class AknSerialisations
{
    public const string AknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>How the AKN elements are named in the file written.</summary>
    public enum Naming
    {
        /// <summary>The default namespace, as the UN writes it.</summary>
        Default,

        /// <summary>Every AKN element prefixed <c>akn:</c>.</summary>
        Prefixed,

        /// <summary>The namespace declared again on inner elements, some subtrees under a prefix of their own.</summary>
        Redeclared,
    }

    /// <summary>How text is written.</summary>
    public enum Text
    {
        Plain,

        /// <summary>Every character beyond ASCII as a numeric character reference, decimal and hexadecimal in turn.</summary>
        CharacterReferences,

        /// <summary>Text in CDATA sections, the second half of each text node, or all of it.</summary>
        Cdata,
    }

    /// <summary>Whitespace between the elements of element-only content.</summary>
    public enum Layout
    {
        AsIs,

        /// <summary>Every element of element-only content on a line of its own, indented by a tab a level.</summary>
        Reindented,

        /// <summary>No whitespace between the elements of element-only content.</summary>
        Compact,
    }

    /// <summary>The bytes of the file.</summary>
    public enum Bytes
    {
        Utf8,
        Utf8WithBom,
        Utf16LittleEndianWithBom,
        Utf16BigEndianWithBom,

        /// <summary>ISO-8859-1, declared; a character beyond it as a character reference.</summary>
        Latin1,
    }

    /// <summary>One way of writing the file again.</summary>
    public sealed record Variant(string Name, bool EveryFile)
    {
        public Naming Naming { get; init; }

        public string Namespace { get; init; } = AknNamespace;

        public bool Foreign { get; init; }

        public Text Text { get; init; }

        public bool Comments { get; init; }

        public Layout Layout { get; init; }

        public bool Crlf { get; init; }

        public bool Attributes { get; init; }

        public bool Declaration { get; init; }

        public bool Doctype { get; init; }

        public Bytes Bytes { get; init; }
    }

    /// <summary>The variants a later year's file may show, each a class of its own.</summary>
    public static readonly Variant[] All =
    {
        new("akn: prefix", true) { Naming = Naming.Prefixed },
        new("namespace declared again inside", true) { Naming = Naming.Redeclared },
        new("foreign namespaces and proprietary metadata", true) { Foreign = true },
        new("namespace 3.0/WD17", true) { Namespace = AknNamespace + "/WD17" },
        new("namespace 3.0/CSD13", true) { Namespace = AknNamespace + "/CSD13" },
        new("UTF-8 with BOM and declaration", true) { Bytes = Bytes.Utf8WithBom, Declaration = true },
        new("UTF-16 LE with BOM and declaration", true) { Bytes = Bytes.Utf16LittleEndianWithBom, Declaration = true },
        new("UTF-16 BE with BOM and declaration", true) { Bytes = Bytes.Utf16BigEndianWithBom, Declaration = true },
        new("ISO-8859-1 declared", true) { Bytes = Bytes.Latin1, Declaration = true },
        new("CRLF line ends", true) { Crlf = true },
        new("attribute order and quotes", true) { Attributes = true },
        new("character references", false) { Text = Text.CharacterReferences },
        new("CDATA sections", false) { Text = Text.Cdata },
        new("comments and processing instructions", false) { Comments = true },
        new("re-indented", false) { Layout = Layout.Reindented },
        new("no indentation", false) { Layout = Layout.Compact },
        new("document type declaration", false) { Declaration = true, Doctype = true },
        new("all at once", false)
        {
            Naming = Naming.Redeclared, Namespace = AknNamespace + "/CSD13", Foreign = true, Text = Text.Cdata, Comments = true,
            Layout = Layout.Reindented, Crlf = true, Attributes = true, Declaration = true, Bytes = Bytes.Utf16BigEndianWithBom,
        },
    };

    /// <summary>The file written as <paramref name="variant"/> says.</summary>
    public static byte[] Write(XDocument original, Variant variant)
    {
        var writer = new Writer(variant);
        var text = new StringBuilder();
        if (variant.Declaration)
        {
            text.Append("<?xml version=\"1.0\" encoding=\"").Append(variant.Bytes switch { Bytes.Utf16LittleEndianWithBom or Bytes.Utf16BigEndianWithBom => "UTF-16", Bytes.Latin1 => "ISO-8859-1", _ => "UTF-8" }).Append("\"?>\n");
        }

        if (variant.Doctype)
        {
            // An external identifier a reader that fetched would go to: the reader must not.
            text.Append("<!DOCTYPE akomaNtoso SYSTEM \"http://docs.oasis-open.org/legaldocml/akn-core/v1.0/akomantoso30.dtd\">\n");
        }

        if (variant.Comments)
        {
            text.Append("<!-- written again -->\n<?dk-note before the root?>\n");
        }

        foreach (var node in original.Nodes())
        {
            writer.Node(text, node, 0, prefix: null);
        }

        if (variant.Comments)
        {
            text.Append("\n<!-- after the root --><?dk-note end?>");
        }

        var written = variant.Crlf ? text.ToString().Replace("\n", "\r\n", StringComparison.Ordinal) : text.ToString();
        return variant.Bytes switch
        {
            Bytes.Utf8WithBom => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(written)).ToArray(),
            Bytes.Utf16LittleEndianWithBom => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(written)).ToArray(),
            Bytes.Utf16BigEndianWithBom => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(written)).ToArray(),
            Bytes.Latin1 => Encoding.Latin1.GetBytes(written),
            _ => new UTF8Encoding(false).GetBytes(written),
        };
    }

    /// <summary>The AKN elements whose content the schema makes element-only: whitespace between their children is no text.</summary>
    public static IReadOnlySet<string> ElementOnly => ElementOnlyNames.Value;

    private static readonly Lazy<HashSet<string>> ElementOnlyNames = new(ReadSchema);

    private static HashSet<string> ReadSchema()
    {
        XNamespace xsd = "http://www.w3.org/2001/XMLSchema";
        var schema = XDocument.Load(Path.Combine(RepositoryPaths.Shared, "schemas", "akn", "akomantoso30.xsd"));
        var types = schema.Root!.Elements(xsd + "complexType").ToDictionary(t => (string)t.Attribute("name")!, StringComparer.Ordinal);

        // Mixed, or text only: anything that may hold text where whitespace could be meant.
        bool MayHoldText(XElement? type, int depth)
        {
            if (type is null || depth > 20)
            {
                return true;
            }

            if ((string?)type.Attribute("mixed") == "true" || type.Element(xsd + "simpleContent") is not null)
            {
                return true;
            }

            if (type.Element(xsd + "complexContent") is { } complex)
            {
                if ((string?)complex.Attribute("mixed") == "true")
                {
                    return true;
                }

                var derivation = complex.Elements().FirstOrDefault();
                var baseName = (string?)derivation?.Attribute("base");
                if (derivation?.Name.LocalName == "extension" && baseName is not null)
                {
                    return types.TryGetValue(baseName, out var baseType) ? MayHoldText(baseType, depth + 1) : true;
                }

                return false;
            }

            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in schema.Root.Elements(xsd + "element"))
        {
            var name = (string)element.Attribute("name")!;
            var typeName = (string?)element.Attribute("type");
            var type = typeName is null ? element.Element(xsd + "complexType") : types.GetValueOrDefault(typeName);
            if (type is not null && !MayHoldText(type, 0))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private sealed class Writer
    {
        private const string Proprietary = "http://un.org/proprietary/uy";
        private readonly Variant variant;
        private int count;

        public Writer(Variant variant) => this.variant = variant;

        public void Node(StringBuilder text, XNode node, int depth, string? prefix)
        {
            switch (node)
            {
                case XElement element:
                    Element(text, element, depth, prefix);
                    break;
                case XText written:
                    TextNode(text, written.Value);
                    break;
                case XComment comment:
                    text.Append("<!--").Append(comment.Value).Append("-->");
                    break;
                case XProcessingInstruction instruction:
                    text.Append("<?").Append(instruction.Target).Append(' ').Append(instruction.Data).Append("?>");
                    break;
            }
        }

        private static bool IsAkn(XElement element) => element.Name.NamespaceName == AknNamespace;

        private void Element(StringBuilder text, XElement element, int depth, string? prefix)
        {
            var declarations = new List<(string Name, string Value)>();
            var akn = IsAkn(element);
            if (depth == 0)
            {
                declarations.Add(variant.Naming == Naming.Prefixed ? ("xmlns:akn", variant.Namespace) : ("xmlns", variant.Namespace));
                prefix = variant.Naming == Naming.Prefixed ? "akn" : null;
            }
            else if (variant.Naming == Naming.Redeclared && akn)
            {
                // Every fourth level says the namespace again; every fourth level between binds it to a prefix of
                // its own for the subtree.
                if (depth % 4 == 1)
                {
                    declarations.Add(("xmlns", variant.Namespace));
                }
                else if (depth % 4 == 3 && prefix is null)
                {
                    declarations.Add(("xmlns:a" + depth.ToString(CultureInfo.InvariantCulture), variant.Namespace));
                    prefix = "a" + depth.ToString(CultureInfo.InvariantCulture);
                }
            }

            // The file's own declarations of other namespaces stay; its declaration of the AKN namespace is replaced.
            foreach (var attribute in element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value != AknNamespace))
            {
                declarations.Add((attribute.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + attribute.Name.LocalName, attribute.Value));
            }

            if (variant.Foreign && depth == 0)
            {
                declarations.Add(("xmlns:uy", Proprietary));
            }

            var name = akn ? (prefix is null ? element.Name.LocalName : prefix + ":" + element.Name.LocalName) : QualifiedName(element, element.Name);
            var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration)
                .Select(a => (Name: QualifiedName(element, a.Name), Value: a.Name.LocalName == "schemaLocation" ? a.Value.Replace(AknNamespace, variant.Namespace, StringComparison.Ordinal) : a.Value))
                .ToList();
            if (variant.Foreign && akn && element.Name.LocalName is "p" or "paragraph" or "num" or "docNumber")
            {
                attributes.Add(("uy:origin", "gdoc"));
            }

            var all = declarations.Concat(attributes).ToList();
            if (variant.Attributes)
            {
                all.Reverse();
            }

            text.Append('<').Append(name);
            foreach (var (attributeName, value) in all)
            {
                var quote = variant.Attributes ? '\'' : '"';
                text.Append(' ').Append(attributeName).Append('=').Append(quote);
                Escape(text, value, quote);
                text.Append(quote);
            }

            var nodes = element.Nodes().ToList();
            var elementOnly = akn && ElementOnly.Contains(element.Name.LocalName) && nodes.OfType<XText>().All(t => string.IsNullOrWhiteSpace(t.Value));
            if (elementOnly && variant.Layout != Layout.AsIs)
            {
                nodes = nodes.Where(n => n is not XText).ToList();
            }

            var foreignMetadata = variant.Foreign && akn && element.Name.LocalName == "meta";
            if (nodes.Count == 0 && !foreignMetadata)
            {
                text.Append(variant.Attributes ? "/>" : "></" + name + ">");
                return;
            }

            text.Append('>');
            for (var i = 0; i < nodes.Count; i++)
            {
                if (foreignMetadata && nodes[i] is XElement { Name.LocalName: "presentation" })
                {
                    ForeignMetadata(text, prefix);
                    foreignMetadata = false;
                }

                if (elementOnly && variant.Layout == Layout.Reindented)
                {
                    text.Append('\n').Append('\t', depth + 1);
                }

                if (variant.Comments && (elementOnly || nodes[i] is XElement) && count++ % 3 == 0)
                {
                    text.Append(count % 2 == 0 ? "<!-- between -->" : "<?dk-note between?>");
                }

                Node(text, nodes[i], depth + 1, prefix);
            }

            if (foreignMetadata)
            {
                ForeignMetadata(text, prefix);
            }

            if (elementOnly && variant.Layout == Layout.Reindented)
            {
                text.Append('\n').Append('\t', depth);
            }

            text.Append("</").Append(name).Append('>');
        }

        /// <summary>
        /// A <c>proprietary</c> block of another namespace whose elements bear AKN's local names: the reader must
        /// not take them for AKN.
        /// </summary>
        private static void ForeignMetadata(StringBuilder text, string? prefix)
        {
            var p = prefix is null ? string.Empty : prefix + ":";
            text.Append('<').Append(p).Append("proprietary source=\"#un\" xmlns:un=\"http://un.org/proprietary/un\">")
                .Append("<un:FRBRlanguage language=\"fra\"/><uy:docNumber>99/999</uy:docNumber><un:docTitle>Not the title</un:docTitle>")
                .Append("<un:p>Not a paragraph</un:p><uy:docDate date=\"1999-01-01\">1 January 1999</uy:docDate>")
                .Append("</").Append(p).Append("proprietary>");
        }

        private static string QualifiedName(XElement scope, XName name)
        {
            if (name.Namespace == XNamespace.None)
            {
                return name.LocalName;
            }

            if (name.Namespace == XNamespace.Xml)
            {
                return "xml:" + name.LocalName;
            }

            var prefix = scope.GetPrefixOfNamespace(name.Namespace);
            return prefix is null ? name.LocalName : prefix + ":" + name.LocalName;
        }

        private void TextNode(StringBuilder text, string value)
        {
            if (variant.Comments && value.Trim().Length > 4)
            {
                // A comment and an instruction inside mixed content split the text; the text is the same.
                var middle = Middle(value);
                Escape(text, value.Substring(0, middle), quote: null);
                text.Append("<!--inside--><?dk-note inside?>");
                Escape(text, value.Substring(middle), quote: null);
                return;
            }

            if (variant.Text == Text.Cdata && value.Trim().Length > 0)
            {
                var start = count++ % 2 == 0 ? 0 : Middle(value);
                Escape(text, value.Substring(0, start), quote: null);
                text.Append("<![CDATA[").Append(value.Substring(start).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)).Append("]]>");
                return;
            }

            Escape(text, value, quote: null);
        }

        private static int Middle(string value)
        {
            var middle = value.Length / 2;
            return char.IsLowSurrogate(value[middle]) ? middle + 1 : middle;
        }

        private void Escape(StringBuilder text, string value, char? quote)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '&':
                        text.Append("&amp;");
                        continue;
                    case '<':
                        text.Append("&lt;");
                        continue;
                    case '>':
                        text.Append("&gt;");
                        continue;
                    case '\r':
                        text.Append("&#13;");
                        continue;
                    case '\n' or '\t' when quote is not null:
                        text.Append(c == '\n' ? "&#10;" : "&#9;");
                        continue;
                }

                if (c == quote)
                {
                    text.Append(c == '"' ? "&quot;" : "&apos;");
                }
                else if ((c > 127 && variant.Text == Text.CharacterReferences) || (c > 255 && variant.Bytes == Bytes.Latin1))
                {
                    var code = char.IsHighSurrogate(c) && i + 1 < value.Length ? char.ConvertToUtf32(c, value[++i]) : c;
                    text.Append(code % 2 == 0 ? "&#" + code.ToString(CultureInfo.InvariantCulture) + ";" : "&#x" + code.ToString("X", CultureInfo.InvariantCulture) + ";");
                }
                else
                {
                    text.Append(c);
                }
            }
        }
    }
}
