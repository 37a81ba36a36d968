export { type ConnectRealtimeOptions, connectRealtime } from './connect-realtime.ts';
