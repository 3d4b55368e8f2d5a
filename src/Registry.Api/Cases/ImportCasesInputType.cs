using Registry.Api.Schema.Inputs;

namespace Registry.Api.Cases;

public sealed class ImportCasesInputType : TypedInputType<ImportCasesInput>
{
    public ImportCasesInputType()
    {
        Name = "ImportCasesInput";
        Field<NonNullGraphType<StringGraphType>>("sourcePlatform").Description("The platform the cases come from; external numbers are unique per platform.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseImportRowInputType>>>>("cases").Description($"At most {CaseImporter.MaxRows} rows.");
    }
}
