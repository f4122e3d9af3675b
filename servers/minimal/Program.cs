using MinimalServer;

// The pragmatic server under test (SCENARIOS.md): everything it needs comes from its environment.
return await ServerApp.RunAsync(args);
