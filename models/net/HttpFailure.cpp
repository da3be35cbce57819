#include "models/net/HttpFailure.h"

namespace fusion {

HttpFailure::Kind HttpFailure::kindOf(const HttpRequest& request)
{
    switch (request.failure()) {
    case HttpRequest::Failure::None:
        return Kind::None;
    case HttpRequest::Failure::Timeout:
        return Kind::Timeout;
    case HttpRequest::Failure::Network:
        // Whether the request left decides what a person checks: the address, or the service's health.
        return request.requestSent() ? Kind::ConnectionLost : Kind::Unreachable;
    case HttpRequest::Failure::TooLarge:
        return Kind::TooLarge;
    case HttpRequest::Failure::Untrusted:
        return Kind::Untrusted;
    case HttpRequest::Failure::Protocol:
        return Kind::Protocol;
    }
    return Kind::Protocol;
}

QString HttpFailure::describe(const HttpRequest& request, const Service& s)
{
    switch (kindOf(request)) {
    case Kind::None:
        return {};
    case Kind::Timeout:
        return tr("%1 at %2 did not answer within %3 s.").arg(s.name, s.address).arg(s.timeoutS);
    case Kind::Unreachable:
        return tr("%1 at %2 cannot be reached: %3").arg(s.name, s.address, request.errorString());
    case Kind::ConnectionLost:
        return tr("The connection to %1 at %2 closed before the whole answer arrived.")
            .arg(s.name, s.address);
    case Kind::TooLarge:
        return tr("The answer of %1 at %2 is larger than %3.").arg(s.name, s.address, s.sizeLimit);
    case Kind::Untrusted:
        return tr("The certificate of %1 at %2 is not trusted.").arg(s.name, s.address);
    case Kind::Protocol:
        return tr("%1 at %2 did not answer in HTTP: %3").arg(s.name, s.address, request.errorString());
    }
    return {};
}

} // namespace fusion
