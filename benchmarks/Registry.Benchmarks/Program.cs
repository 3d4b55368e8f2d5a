using Registry.Benchmarks;

// dotnet run -c Release --project benchmarks/Registry.Benchmarks -- <name>
// PostgreSQL: REGISTRY_BENCH_POSTGRES (a connection string whose role may CREATE DATABASE), else a throwaway cluster.
// A throwaway cluster gets a production-like shared_buffers (the tests' 32MB made every statement read its pages back
// from the operating system's cache); REGISTRY_TEST_PG_SHARED_BUFFERS sets another.
if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Registry.Api.Tests.Infrastructure.PostgresServer.SharedBuffersVariable)))
    Environment.SetEnvironmentVariable(Registry.Api.Tests.Infrastructure.PostgresServer.SharedBuffersVariable, "1GB");
var name = args.FirstOrDefault() ?? "";
switch (name)
{
    case "cases":
        await CaseBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "training":
        await TrainingBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "grading":
        await GradingBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "screening":
        await ScreeningBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "http":
        await HttpLoadBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "subsidies":
        await SubsidyBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "staffing":
        await StaffingBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "exports":
        await ExportBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "search":
        await SearchBenchmark.RunAsync(args.Skip(1).ToArray());
        break;
    case "harness":
        return await HarnessBenchmark.RunAsync(args.Skip(1).ToArray());
    default:
        Console.Error.WriteLine("usage: Registry.Benchmarks cases [caseCount] | staffing [province] [asOf] [runs] [reported region] | training [province] [runs] | grading [province] [runs] [level] | screening [runs] | subsidies [province] [runs] | http [url] [clients=16] [seconds=10] | exports [province] [formats=csv,xlsx] [runs=3] [asOf] | search [runs=7] | harness [seconds=10] [clients=16]");
        return 2;
}
return 0;
