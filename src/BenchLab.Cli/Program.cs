using BenchLab.Cli;

return await CliApp.RunAsync(args);
