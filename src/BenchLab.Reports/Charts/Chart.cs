namespace BenchLab.Reports.Charts;

/// <summary>A rendered chart: its kind (what the report's tests look for), a document-unique id, its title, the inline SVG and a caption.</summary>
public sealed record Chart(string Kind, string Id, string Title, string Svg, string Caption);
