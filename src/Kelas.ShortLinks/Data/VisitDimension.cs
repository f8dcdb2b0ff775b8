namespace Kelas.ShortLinks.Data;

internal enum VisitDimension
{
    Total = 0,
    Country = 1,
    City = 2,
    Referrer = 3,
    Browser = 4,
    Os = 5,
}
