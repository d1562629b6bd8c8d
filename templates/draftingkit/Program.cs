// Prints the sample draft in United Nations format. DraftResolution is generated from draft-resolution.res.md
// when the project builds; a new template gets its own class, named from its symbol or file name.
System.Console.Write(DraftingProject.Resolutions.DraftResolution.UnText);
