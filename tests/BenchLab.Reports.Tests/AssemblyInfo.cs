using BenchLab.Reports.Tests.Support;

// One headless Chromium for every test of the assembly: starting it takes a few seconds.
[assembly: AssemblyFixture(typeof(HeadlessChromium))]
