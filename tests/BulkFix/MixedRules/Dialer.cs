namespace Acme.Sip
{
    public sealed class Dialer
    {
        private int _failed;

        public Dialer(SipGateway gateway) => gateway.ResponseReceived += OnResponse;

        public async Task<bool> DialAsync(SipGateway gateway, string target)
        {
            var code = (await gateway.SendInviteAsync(target)).StatusCode;
            if (code == 486 || code == 600)
            {
                return false;
            }

            if (code >= 200 && code < 300)
            {
                return true;
            }

            if (code >= 400 && code < 499)
            {
                gateway.Reject(480);
            }

            return code / 100 == 6;
        }

        public bool Unavailable(SipCallResult result) => result.ReasonPhrase == "Temporarily Unavailable";

        public bool NotFound(SipCallResult result) => result.StatusCode == (int)System.Net.HttpStatusCode.NotFound;

        // Every response arrives here, provisionals included: the test below also counts 100 and 180 (no automatic fix).
        private void OnResponse(SipCallResult result)
        {
            if (result.StatusCode != 200)
            {
                _failed++;
            }
        }

        public int Failed => _failed;
    }
}
