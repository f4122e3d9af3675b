using BenchLab.Benchmarks;

return await BenchmarkMenu.RunAsync(args);
