using MinimalServer;

// The pragmatic server under test (contract/): everything it needs comes from its environment.
return await ServerApp.RunAsync(args);
