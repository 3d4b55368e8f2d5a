using Registry.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Registry.Benchmarks -- training [province] [runs]
// REGISTRY_BENCH_POSTGRES: a server where the role may CREATE DATABASE; otherwise a throwaway cluster is started.
switch (args.ElementAtOrDefault(0))
{
    case "training":
        await TrainingBenchmark.RunAsync(args[1..]);
        break;
    default:
        Console.Error.WriteLine("usage: Registry.Benchmarks training [province] [runs]");
        return 2;
}
return 0;
