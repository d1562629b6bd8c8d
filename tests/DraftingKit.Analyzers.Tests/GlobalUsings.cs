// The namespaces nearly every file of the analyzer tests uses, imported once here instead of at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Threading.Tasks;
