using BenchLab.Telemetry.Target;

return await TargetProgram.RunAsync(args);
