// The namespaces nearly every file of the analyzers and the generator uses, imported once here instead of at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using Microsoft.CodeAnalysis;
