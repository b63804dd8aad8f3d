using System.Runtime.InteropServices;

// Only the handler and the shell interfaces it implements are COM types; the helpers compiled in from Core are not.
[assembly: ComVisible(false)]
