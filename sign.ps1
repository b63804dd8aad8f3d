<#
.SYNOPSIS
Authenticode-signs AltIdShell's binaries, its Windows 11 package or its MSIs with signtool, timestamps them, and verifies every signature.

.DESCRIPTION
Signing takes two calls, because the MSI must carry signed binaries:
  1. bash setup/build-msi.sh --stage-only          (fills artifacts\msi-staging from the Release build)
  2. .\sign.ps1 -Path artifacts\msi-staging ...     (signs our DLL and EXEs there)
  3. bash setup/build-msi.sh --from-stage          (builds the MSIs from the signed files; or WiX 3, docs\installer.md)
  4. .\sign.ps1 -Path artifacts\AltIdShell-<version>.msi, artifacts\AltIdShell-<version>-permachine.msi ...
A folder given to -Path means our own binaries in it: AltIdShell.*.dll, AltIdShell.*.exe and altid-export.exe, and the
Windows 11 package AltIdShell.msix; the third-party DLLs beside them keep their publishers' signatures. Windows
registers the package only when the certificate's Subject equals the package's Publisher (CN=AltIdShell, from
AltIdShell.Desktop's SparsePackageIdentity). Binaries and MSIs in one call are refused, since an
MSI built before its binaries were signed carries unsigned copies.
Any failure stops the script with an error (exit code 1).

.EXAMPLE
.\sign.ps1 -Path artifacts\msi-staging -CertificatePath C:\keys\codesign.pfx -CertificatePassword (Read-Host -AsSecureString) -TimestampUrl http://timestamp.digicert.com
.EXAMPLE
.\sign.ps1 -Path artifacts\AltIdShell-0.1.0.msi -Thumbprint 0123456789ABCDEF0123456789ABCDEF01234567 -TimestampUrl http://timestamp.digicert.com
#>
[CmdletBinding(DefaultParameterSetName = 'Pfx')]
param(
    [Parameter(Mandatory)] [string[]] $Path,
    [Parameter(Mandatory, ParameterSetName = 'Pfx')] [string] $CertificatePath,
    [Parameter(ParameterSetName = 'Pfx')] [SecureString] $CertificatePassword,
    # A certificate in the current user's personal store (Cert:\CurrentUser\My), e.g. on a hardware token.
    [Parameter(Mandatory, ParameterSetName = 'Thumbprint')] [string] $Thumbprint,
    [Parameter(Mandatory)] [string] $TimestampUrl,
    # signtool.exe to use; by default the one on PATH, else the newest x64 one in the Windows 10/11 SDK.
    [string] $SignTool
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Find-SignTool {
    if ($SignTool) { return $SignTool }
    $onPath = Get-Command 'signtool.exe' -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} 'Windows Kits\10\bin'
    $found = Get-ChildItem -Path $kits -Recurse -Filter 'signtool.exe' -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $found) { throw 'signtool.exe was not found: install the Windows SDK signing tools or pass -SignTool.' }
    return $found.FullName
}

function Get-FilesToSign {
    foreach ($item in $Path) {
        if (Test-Path -LiteralPath $item -PathType Container) {
            Get-ChildItem -LiteralPath $item -File | Where-Object {
                $_.Name -like 'AltIdShell.*.dll' -or $_.Name -like 'AltIdShell.*.exe' -or $_.Name -eq 'altid-export.exe' -or $_.Name -eq 'AltIdShell.msix'
            }
        }
        elseif (Test-Path -LiteralPath $item -PathType Leaf) { Get-Item -LiteralPath $item }
        else { throw "Not found: $item" }
    }
}

$files = @(Get-FilesToSign)
if ($files.Count -eq 0) { throw "Nothing to sign in: $($Path -join ', ')" }
$msis = @($files | Where-Object { $_.Extension -eq '.msi' })
if ($msis.Count -gt 0 -and $msis.Count -lt $files.Count) {
    throw 'Sign the binaries, rebuild the MSI from them (setup/build-msi.sh --from-stage), then sign the MSI: not both in one call.'
}

$tool = Find-SignTool
$signArguments = @('sign', '/fd', 'SHA256', '/tr', $TimestampUrl, '/td', 'SHA256', '/d', 'AltIdShell')
# A PFX's password never goes on a command line (signtool's /p would show it to every process of the machine and to
# process auditing): the PFX is imported into the current user's personal store with the password as a SecureString
# (key not exportable), signtool signs by thumbprint, and the certificate and its key leave the store when done.
$imported = @()
try {
    if ($PSCmdlet.ParameterSetName -eq 'Pfx') {
        if (-not (Test-Path -LiteralPath $CertificatePath -PathType Leaf)) { throw "Certificate not found: $CertificatePath" }
        $before = @(Get-ChildItem -Path Cert:\CurrentUser\My | ForEach-Object { $_.Thumbprint })
        $import = @{ FilePath = $CertificatePath; CertStoreLocation = 'Cert:\CurrentUser\My' }
        if ($CertificatePassword) { $import.Password = $CertificatePassword }
        $certificates = @(Import-PfxCertificate @import)
        # What was in the store before stays there; only what this import added goes (with the CA certificates a PFX
        # may carry).
        $imported = @($certificates | Where-Object { $before -notcontains $_.Thumbprint })
        $certificate = $certificates | Where-Object { $_.HasPrivateKey } | Select-Object -First 1
        if (-not $certificate) { throw "$CertificatePath holds no certificate with a private key." }
        $signArguments += @('/sha1', $certificate.Thumbprint, '/s', 'My')
    }
    else {
        $signArguments += @('/sha1', $Thumbprint)
    }

    foreach ($file in $files) {
        & $tool @signArguments $file.FullName | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "signtool could not sign $($file.FullName) (exit code $LASTEXITCODE)" }
        & $tool verify /pa /tw $file.FullName | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "The signature on $($file.FullName) does not verify (exit code $LASTEXITCODE)" }
        # Get-AuthenticodeSignature reads no MSIX packages: for the package, signtool's verification above is the check.
        if ($file.Extension -eq '.msix') { Write-Host "signed and verified $($file.Name)"; continue }
        $signature = Get-AuthenticodeSignature -LiteralPath $file.FullName
        if ($signature.Status -ne 'Valid') { throw "Windows reports the signature on $($file.FullName) as $($signature.Status): $($signature.StatusMessage)" }
        Write-Host "signed and verified $($file.Name) ($($signature.SignerCertificate.Subject))"
    }
}
finally {
    foreach ($added in $imported) {
        $item = "Cert:\CurrentUser\My\$($added.Thumbprint)"
        if ($added.HasPrivateKey) { Remove-Item -LiteralPath $item -DeleteKey } else { Remove-Item -LiteralPath $item }
    }
}
