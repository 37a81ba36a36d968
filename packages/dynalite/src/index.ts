export { type ListeningDynalite, listenDynalite } from './listen-dynalite.ts';
