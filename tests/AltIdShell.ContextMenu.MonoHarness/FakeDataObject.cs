using System;
using System.Runtime.InteropServices;
using System.Runtime.InteropServices.ComTypes;

namespace AltIdShell.ContextMenu.MonoHarness;

/// <summary>A data object that has no CF_HDROP (as with a virtual folder's items), or that hands one over when given.</summary>
internal sealed class FakeDataObject : IDataObject
{
    public const int NoSuchFormat = unchecked((int)0x80040064); // DV_E_FORMATETC
    private readonly IntPtr _drop;

    public FakeDataObject(IntPtr drop) => _drop = drop;

    public void GetData(ref FORMATETC format, out STGMEDIUM medium)
    {
        if (_drop == IntPtr.Zero || format.cfFormat != 15 || format.tymed != TYMED.TYMED_HGLOBAL)
            throw new COMException("no CF_HDROP", NoSuchFormat);
        medium = new STGMEDIUM { tymed = TYMED.TYMED_HGLOBAL, unionmember = _drop };
    }

    public void GetDataHere(ref FORMATETC format, ref STGMEDIUM medium) => throw new NotImplementedException();
    public int QueryGetData(ref FORMATETC format) => throw new NotImplementedException();
    public int GetCanonicalFormatEtc(ref FORMATETC formatIn, out FORMATETC formatOut) => throw new NotImplementedException();
    public void SetData(ref FORMATETC formatIn, ref STGMEDIUM medium, bool release) => throw new NotImplementedException();
    public IEnumFORMATETC EnumFormatEtc(DATADIR direction) => throw new NotImplementedException();
    public int DAdvise(ref FORMATETC format, ADVF advf, IAdviseSink adviseSink, out int connection) => throw new NotImplementedException();
    public void DUnadvise(int connection) => throw new NotImplementedException();
    public int EnumDAdvise(out IEnumSTATDATA enumAdvise) => throw new NotImplementedException();
}
