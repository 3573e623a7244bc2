using Mibc.Compiler.Cli;

return MibcCommandLine.Run(args);
