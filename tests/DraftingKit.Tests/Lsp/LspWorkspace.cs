namespace DraftingKit.Tests.Lsp;

/// <summary>A throwaway project folder (marked by <c>.git</c>, as a clone is) holding a draft with planted slips.</summary>
internal sealed class LspWorkspace : IDisposable
{
    /// <summary>
    /// Resolution 74/177's own sentences with three slips: "Requests also" (DK2004), paragraph 3 numbered 4 (DK3001)
    /// and straight quotes (DK7004).
    /// </summary>
    public const string PlantedDraft = """
        ---
        kind: resolution
        status: draft
        organ: General Assembly
        session: 74
        title: "Strengthening the United Nations crime prevention and criminal justice programme"
        ---

        *The General Assembly,*

        *Reaffirming* its resolutions 46/152 of 18 December 1991 and 73/186 of 17 December 2018,

        *Recalling* the importance of the Doha Declaration,[^1]

        1. *Requests* the Secretary-General to report to the General Assembly at its seventy-fifth session;

        2. *Requests also* the United Nations Office on Drugs and Crime to continue to provide technical assistance;

        4. *Decides* to include in the provisional agenda of its seventy-fifth session the item entitled "Crime prevention and criminal justice".

        [^1]: A/CONF.222/17, chap. I, resolution 1.

        """;

    public LspWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "draftkit-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, ".git"));
    }

    public string Folder { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
