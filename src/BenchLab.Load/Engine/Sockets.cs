using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using BenchLab.Load.Native;

namespace BenchLab.Load.Engine;

/// <summary>Creating non-blocking TCP sockets and starting connects, with errno turned into readable text.</summary>
internal static unsafe class Sockets
{
    /// <summary>Builds the sockaddr_in / sockaddr_in6 for an address and port.</summary>
    public static byte[] Address(IPAddress address, int port)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = new byte[16];
            BitConverter.TryWriteBytes(bytes.AsSpan(0, 2), (ushort)LinuxConstants.AfInet);
            bytes[2] = (byte)(port >> 8);
            bytes[3] = (byte)port;
            address.TryWriteBytes(bytes.AsSpan(4, 4), out _);
            return bytes;
        }
        var v6 = new byte[28];
        BitConverter.TryWriteBytes(v6.AsSpan(0, 2), (ushort)LinuxConstants.AfInet6);
        v6[2] = (byte)(port >> 8);
        v6[3] = (byte)port;
        address.TryWriteBytes(v6.AsSpan(8, 16), out _);
        BitConverter.TryWriteBytes(v6.AsSpan(24, 4), (uint)address.ScopeId);
        return v6;
    }

    /// <summary>Creates a socket and starts connecting; returns the fd, or -errno.</summary>
    public static int StartConnect(byte[] address)
    {
        var family = BitConverter.ToUInt16(address, 0);
        var fd = LibC.socket(family, LinuxConstants.SockStream | LinuxConstants.SockNonBlock | LinuxConstants.SockCloexec, 0);
        if (fd < 0)
        {
            return -LibC.LastError;
        }
        var one = 1;
        LibC.setsockopt(fd, LinuxConstants.IpProtoTcp, LinuxConstants.TcpNoDelay, &one, sizeof(int));
        fixed (byte* a = address)
        {
            if (LibC.connect(fd, a, address.Length) != 0)
            {
                var error = LibC.LastError;
                if (error != LinuxConstants.EInProgress)
                {
                    LibC.close(fd);
                    return -error;
                }
            }
        }
        return fd;
    }

    /// <summary>The pending error of a socket (SO_ERROR): 0 when a connect succeeded.</summary>
    public static int PendingError(int fd)
    {
        int error = 0, length = sizeof(int);
        return LibC.getsockopt(fd, LinuxConstants.SolSocket, LinuxConstants.SoError, &error, &length) == 0 ? error : LibC.LastError;
    }

    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}
